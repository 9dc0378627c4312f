package org.musicminion.discover.config;

import java.nio.file.Path;
import java.util.Map;

import org.musicminion.discover.ExitException;

/**
 * The validated configuration of one process: values by dot path, defaults from {@link ConfigKeys}.
 * Immutable and thread-safe; load it once with {@link ConfigLoader} and pass it around.
 */
public final class Config {
    private final Path source;
    private final Map<String, Object> values;

    Config(Path source, Map<String, Object> values) {
        this.source = source;
        this.values = Map.copyOf(values);
    }

    /** Defaults only: no file. */
    public static Config defaults() {
        return new Config(null, Map.of());
    }

    /** The file the values came from, or null when only defaults and environment apply. */
    public Path source() {
        return source;
    }

    public String getString(String path) {
        return (String) valueOf(path, ConfigKey.Type.STRING);
    }

    public int getInt(String path) {
        return Math.toIntExact((Long) valueOf(path, ConfigKey.Type.INT));
    }

    public boolean getBool(String path) {
        return (Boolean) valueOf(path, ConfigKey.Type.BOOL);
    }

    /** A value by path with a caller's default, for keys outside the contract's list. */
    public String getString(String path, String def) {
        Object v = values.get(path);
        return v instanceof String s ? s : def;
    }

    public int getInt(String path, int def) {
        Object v = values.get(path);
        return v instanceof Long l ? Math.toIntExact(l) : def;
    }

    public boolean getBool(String path, boolean def) {
        Object v = values.get(path);
        return v instanceof Boolean b ? b : def;
    }

    /** A copy with some values replaced (used by tests and by the demo to point at the sandbox). */
    public Config with(Map<String, Object> overrides) {
        Map<String, Object> m = new java.util.HashMap<>(values);
        m.putAll(overrides);
        return new Config(source, m);
    }

    /** The client id, or exit 78 naming the key and the environment variable that can supply it. */
    public String requireClientId() {
        return require("soundcloud.client_id", "MINION_DISCOVER_CLIENT_ID");
    }

    public String requireClientSecret() {
        return require("soundcloud.client_secret", "MINION_DISCOVER_CLIENT_SECRET");
    }

    private String require(String path, String env) {
        String v = getString(path);
        if (v == null || v.isBlank()) {
            throw ExitException.config("soundcloud app credentials missing: set " + path + " in "
                    + (source == null ? "the config file" : source) + " or the environment variable " + env
                    + " (see config/config.example.toml)");
        }
        return v;
    }

    private Object valueOf(String path, ConfigKey.Type type) {
        ConfigKey key = ConfigKeys.BY_PATH.get(path);
        if (key == null || (type == ConfigKey.Type.STRING ? !key.type().isText() : key.type() != type)) {
            throw new IllegalArgumentException("no " + type + " config key " + path);
        }
        Object v = values.get(path);
        return v != null ? v : key.defaultValue();
    }
}
