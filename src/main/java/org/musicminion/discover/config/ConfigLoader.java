package org.musicminion.discover.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.musicminion.discover.ExitException;
import org.tomlj.Toml;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlPosition;
import org.tomlj.TomlTable;

/**
 * Finds the config file (the contract's lookup order), parses it with tomlj, checks every value
 * against {@link ConfigKeys} and applies the environment overrides; the result is typed {@link Settings}.
 * Syntax errors and bad values end the process with exit 78; unknown keys are warnings.
 */
public final class ConfigLoader {
    public static final String ENV_CONFIG = "MINION_DISCOVER_CONFIG";
    public static final String ENV_CLIENT_ID = "MINION_DISCOVER_CLIENT_ID";
    public static final String ENV_CLIENT_SECRET = "MINION_DISCOVER_CLIENT_SECRET";

    private final Map<String, String> env;
    private final Consumer<String> warnings;

    public ConfigLoader(Map<String, String> env, Consumer<String> warnings) {
        this.env = env;
        this.warnings = warnings;
    }

    /**
     * Loads the config: {@code explicit} (from --config) if given, else $MINION_DISCOVER_CONFIG,
     * else $XDG_CONFIG_HOME/minion-discover/config.toml (~/.config/...). A missing default file
     * means defaults; a missing file that was named is exit 78.
     */
    public Settings load(Path explicit) {
        Path named = named(explicit);
        Path file = locate(explicit);
        Map<String, Object> values = new HashMap<>();
        Path source = null;
        if (Files.isRegularFile(file)) {
            values.putAll(parse(file));
            source = file;
        } else if (named != null) {
            String how = explicit != null ? "--config" : "$" + ENV_CONFIG;
            throw ExitException.config("config file " + file + " (from " + how + ") does not exist or is not a file;"
                    + " create it from config/config.example.toml or name another one");
        }
        if (nonBlank(env.get(ENV_CLIENT_ID))) values.put("soundcloud.client_id", env.get(ENV_CLIENT_ID));
        if (nonBlank(env.get(ENV_CLIENT_SECRET))) values.put("soundcloud.client_secret", env.get(ENV_CLIENT_SECRET));
        Settings settings = Settings.of(source, values);
        // with no file, "credentials missing" still names where the file was looked for
        return source != null ? settings : settings.withSoundCloud(settings.soundcloud().withConfigFile(file));
    }

    /** The file {@link #load} reads for {@code explicit} (from --config, or null), whether or not it exists. */
    public Path locate(Path explicit) {
        Path named = named(explicit);
        return named != null ? named : defaultPath();
    }

    /** The file named by --config ({@code explicit}) or $MINION_DISCOVER_CONFIG, else null (the default applies). */
    private Path named(Path explicit) {
        return explicit != null ? explicit : nonBlank(env.get(ENV_CONFIG)) ? Path.of(env.get(ENV_CONFIG)) : null;
    }

    /** The default location: $XDG_CONFIG_HOME/minion-discover/config.toml, else ~/.config/... */
    public Path defaultPath() {
        String xdg = env.get("XDG_CONFIG_HOME");
        Path base = nonBlank(xdg) ? Path.of(xdg) : Path.of(env.getOrDefault("HOME", System.getProperty("user.home")), ".config");
        return base.resolve("minion-discover").resolve("config.toml");
    }

    /** The largest config file read: far above any real one (the example is ~5 KiB), far below a heap. */
    static final long MAX_FILE_BYTES = 1024 * 1024;

    /**
     * Parses and validates one file; public for tests. A file over {@link #MAX_FILE_BYTES} is exit 78
     * without being read, and so is one nested too deeply for the parser (a StackOverflowError there is a
     * bad config, not a crash).
     */
    public Map<String, Object> parse(Path file) {
        TomlParseResult toml;
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw ExitException.config("config file " + file + " is " + size + " bytes; a config file is at most 1 MiB"
                        + " (it was not read): name the right file, or cut it down to its keys");
            }
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length > MAX_FILE_BYTES) throw ExitException.config("config file " + file + " grew past 1 MiB while it was read");
            toml = ConfigWarmUp.taken(file, bytes); // the same bytes parsed on the start-up thread
            if (toml == null) toml = Toml.parse(new java.io.ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw ExitException.config("cannot read config file " + file + ": " + e.getMessage());
        } catch (StackOverflowError e) {
            throw ExitException.config("config file " + file + " nests arrays or tables too deeply to be read (no key of this tool"
                    + " takes more than a flat value); fix the TOML");
        }
        if (toml.hasErrors()) {
            TomlParseError err = toml.errors().get(0);
            TomlPosition pos = err.position();
            String where = pos == null ? file.toString() : file + ":" + pos.line() + ":" + pos.column();
            throw ExitException.config("config syntax error at " + where + ": " + stripPosition(err.getMessage())
                    + " (fix the TOML at that line and column)");
        }
        Map<String, Object> values = new HashMap<>();
        java.util.List<String> unknown = new java.util.ArrayList<>();
        for (String dotted : toml.dottedKeySet(true)) {
            Object raw = toml.get(dotted);
            ConfigKey key = ConfigKeys.BY_PATH.get(dotted);
            if (key == null) {
                if (!(raw instanceof TomlTable) || !ConfigKeys.isTable(dotted)) {
                    unknown.add(dotted);
                }
                continue;
            }
            values.put(dotted, check(file, toml, key, raw));
        }
        warnUnknown(file, toml, unknown);
        long min = (Long) values.getOrDefault("playlists.reposts.min_duration_seconds", 120L);
        long max = (Long) values.getOrDefault("playlists.reposts.max_duration_seconds", 600L);
        if (min > max) {
            throw ExitException.config("config " + file + ": playlists.reposts.min_duration_seconds (" + min
                    + ") must not exceed playlists.reposts.max_duration_seconds (" + max + ")");
        }
        return values;
    }

    private Object check(Path file, TomlParseResult toml, ConfigKey key, Object raw) {
        if (!key.accepts(raw)) {
            throw ExitException.config("config " + file + at(toml, key.path()) + ": " + key.path() + " is "
                    + (key.type() == ConfigKey.Type.SECRET ? kindOf(raw) : describe(raw)) + " but must be " + key.expectation());
        }
        return raw;
    }

    /** One warning per unknown key, in the order they stand in the file, with the key probably meant. */
    private void warnUnknown(Path file, TomlParseResult toml, java.util.List<String> unknown) {
        unknown.sort(java.util.Comparator.comparingLong((String k) -> position(toml, k)).thenComparing(k -> k));
        for (String dotted : unknown) {
            String meant = KeySuggestion.closest(dotted, ConfigKeys.BY_PATH.keySet());
            warnings.accept("warning: unknown config key '" + dotted + "' in " + file + at(toml, dotted) + " (ignored"
                    + (meant == null ? ")" : "; did you mean '" + meant + "'?)"));
        }
    }

    private static long position(TomlParseResult toml, String dotted) {
        TomlPosition p = toml.inputPositionOf(dotted);
        return p == null ? Long.MAX_VALUE : (long) p.line() << 20 | p.column();
    }

    /** What a value is without showing it (for secrets). */
    private static String kindOf(Object raw) {
        if (raw instanceof String) return "a string";
        if (raw instanceof Long) return "an integer";
        if (raw instanceof Boolean) return "a boolean";
        if (raw instanceof Double) return "a number";
        if (raw instanceof TomlTable) return "a table";
        if (raw instanceof org.tomlj.TomlArray) return "an array";
        return "a value of another type";
    }

    private static String at(TomlParseResult toml, String dotted) {
        TomlPosition p = toml.inputPositionOf(dotted);
        return p == null ? "" : ":" + p.line() + ":" + p.column();
    }

    private static String describe(Object raw) {
        if (raw instanceof String s) return "the string \"" + s + "\"";
        if (raw instanceof TomlTable) return "a table";
        if (raw instanceof org.tomlj.TomlArray) return "an array";
        return String.valueOf(raw);
    }

    private static String stripPosition(String msg) {
        return msg == null ? "invalid TOML" : msg.replaceAll("\\s*\\(line \\d+, column \\d+\\)", "");
    }

    private static boolean nonBlank(String s) {
        return s != null && !s.isBlank();
    }
}
