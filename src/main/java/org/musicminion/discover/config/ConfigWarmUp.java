package org.musicminion.discover.config;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.tomlj.Toml;
import org.tomlj.TomlParseResult;

/**
 * Parses the config file ahead of the real load, on a background thread while the command line is still being
 * set up. tomlj's ANTLR parser spends most of its first parse in a cold JVM on itself (its ATN deserialised, its
 * prediction DFA built: ~120 ms of CPU here), and a second parse of the file on the main thread still cost it
 * ~20 ms; so the real load ({@link ConfigLoader#parse}) takes this parse when the file still holds the same bytes,
 * and parses itself otherwise. What the file says, and any error in it, is the real load's to report.
 */
public final class ConfigWarmUp {
    /** Larger files are left to the real parse (and its limits). */
    private static final long MAX_BYTES = 256 * 1024;

    /** One parse: the bytes it read and what tomlj made of them. */
    private record Parsed(byte[] bytes, TomlParseResult toml) {}

    /** The file a warm-up is parsing, and its parse. */
    private record Pending(Path file, FutureTask<Parsed> parse) {}

    private static volatile Pending pending;

    private ConfigWarmUp() {}

    /**
     * The parse of the file {@link ConfigLoader#load} would read for {@code explicit} (or null), to run on a
     * background thread; it yields what it read when the file parsed without errors, else null (it never throws).
     * The real load of that file takes this parse.
     */
    public static FutureTask<TomlParseResult> parse(Path explicit, Map<String, String> env) {
        Path file;
        try {
            file = new ConfigLoader(env, w -> {}).locate(explicit);
        } catch (RuntimeException e) {
            return new FutureTask<>(() -> null); // the real load says what is wrong
        }
        FutureTask<Parsed> parse = new FutureTask<>(() -> read(file));
        pending = new Pending(file, parse);
        return new FutureTask<>(() -> {
            parse.run();
            Parsed p = parse.get();
            if (p == null || p.toml().hasErrors()) return null;
            // a URL key is checked with OkHttp's URL parser: its classes and Kotlin's runtime are set up here, not in the real load
            if (p.toml().get("soundcloud.api_url") instanceof String url) ConfigUrls.isHttpsUnlessLoopback(url);
            return p.toml();
        });
    }

    private static Parsed read(Path file) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) return null;
            byte[] bytes = Files.readAllBytes(file);
            return new Parsed(bytes, Toml.parse(new ByteArrayInputStream(bytes)));
        } catch (Exception | StackOverflowError e) {
            return null; // the real load reads the file again and reports what is wrong with it
        }
    }

    /**
     * The warm-up's parse of {@code file} when it read exactly {@code bytes}, waiting for it if it is still running
     * (running it here if it has not started); else null (no warm-up of this file, different bytes, or it failed). Taken once.
     */
    static TomlParseResult taken(Path file, byte[] bytes) {
        Pending p = pending;
        if (p == null || !p.file().equals(file)) return null;
        pending = null;
        p.parse().run(); // not started yet: run here (a no-op when the warm-up thread runs or ran it)
        try {
            Parsed parsed = p.parse().get(10, TimeUnit.SECONDS);
            return parsed != null && Arrays.equals(parsed.bytes(), bytes) ? parsed.toml() : null;
        } catch (ExecutionException | TimeoutException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
