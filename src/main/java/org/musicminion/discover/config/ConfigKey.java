package org.musicminion.discover.config;

/**
 * One key the contract knows: its dot path, type, default and allowed range.
 * The list of all keys is {@link ConfigKeys#ALL}.
 */
public record ConfigKey(String path, Type type, Object defaultValue, long min, long max) {
    public enum Type { STRING, INT, BOOL }

    static ConfigKey string(String path, String def) {
        return new ConfigKey(path, Type.STRING, def, 0, 0);
    }

    static ConfigKey integer(String path, long def, long min, long max) {
        return new ConfigKey(path, Type.INT, def, min, max);
    }

    static ConfigKey bool(String path, boolean def) {
        return new ConfigKey(path, Type.BOOL, def, 0, 0);
    }

    /** What a value of this key must be, for error messages. */
    public String expectation() {
        return switch (type) {
            case STRING -> "a string";
            case BOOL -> "true or false";
            case INT -> max == Long.MAX_VALUE ? "an integer >= " + min : "an integer from " + min + " to " + max;
        };
    }
}
