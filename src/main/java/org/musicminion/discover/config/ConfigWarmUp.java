package org.musicminion.discover.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.tomlj.Toml;

/**
 * Parses the config file once on a background thread while the command line is still being set up. tomlj's
 * ANTLR parser spends most of its first parse in a cold JVM on itself (its ATN deserialised, its prediction
 * DFA built: ~120 ms of CPU here, against a few ms for a second parse), and that state is shared by every
 * parse of the process, so the real parse ({@link ConfigLoader#load}) finds it done. Nothing of this parse
 * is kept; what the file says, and any error in it, is the real parse's to report.
 */
public final class ConfigWarmUp {
    /** Larger files are left to the real parse (and its limits). */
    private static final long MAX_BYTES = 256 * 1024;

    private ConfigWarmUp() {}

    /** Starts the warm-up for the file {@link ConfigLoader#load} would read for {@code explicit} (or null), if it exists. */
    public static void start(Path explicit, Map<String, String> env) {
        Thread t = new Thread(() -> {
            try {
                Path file = new ConfigLoader(env, w -> {}).locate(explicit);
                if (Files.isRegularFile(file) && Files.size(file) <= MAX_BYTES) Toml.parse(file);
            } catch (Exception | StackOverflowError ignored) {
                // the real parse reads the file again and reports what is wrong with it
            }
        }, "config-warm-up");
        t.setDaemon(true); // the process never waits for it
        t.start();
    }
}
