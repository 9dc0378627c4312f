package org.musicminion.discover.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.tomlj.Toml;
import org.tomlj.TomlParseResult;

/**
 * Parses the config file once ahead of the real parse, for a background thread to call while the command line
 * is still being set up. tomlj's ANTLR parser spends most of its first parse in a cold JVM on itself (its ATN
 * deserialised, its prediction DFA built: ~120 ms of CPU here, against a few ms for a second parse), and that
 * state is shared by every parse of the process, so the real parse ({@link ConfigLoader#load}) finds it done.
 * What the file says, and any error in it, is the real parse's to report.
 */
public final class ConfigWarmUp {
    /** Larger files are left to the real parse (and its limits). */
    private static final long MAX_BYTES = 256 * 1024;

    private ConfigWarmUp() {}

    /**
     * Parses the file {@link ConfigLoader#load} would read for {@code explicit} (or null); returns what it read,
     * or null when there is no such file or it could not be parsed (never throws).
     */
    public static TomlParseResult parse(Path explicit, Map<String, String> env) {
        try {
            Path file = new ConfigLoader(env, w -> {}).locate(explicit);
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) return null;
            TomlParseResult toml = Toml.parse(file);
            if (toml.hasErrors()) return null;
            // a URL key is checked with OkHttp's URL parser: its classes and Kotlin's runtime are set up here, not in the real load
            if (toml.get("soundcloud.api_url") instanceof String url) ConfigUrls.isHttpsUnlessLoopback(url);
            return toml;
        } catch (Exception | StackOverflowError e) {
            return null; // the real parse reads the file again and reports what is wrong with it
        }
    }
}
