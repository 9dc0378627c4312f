package org.musicminion.discover.config;

/**
 * One key the contract knows: its dot path, type, default and allowed range.
 * The list of all keys is {@link ConfigKeys#ALL}, drawn from {@link Settings#read}.
 */
public record ConfigKey(String path, Type type, Object defaultValue, long min, long max) {
    public enum Type { STRING, INT, BOOL }

    /** True when {@code raw} (as tomlj gives it: String, Long, Boolean) is a valid value of this key. */
    public boolean accepts(Object raw) {
        return switch (type) {
            case STRING -> raw instanceof String;
            case BOOL -> raw instanceof Boolean;
            case INT -> raw instanceof Long l && l >= min && l <= max;
        };
    }

    /** What a value of this key must be, for error messages. */
    public String expectation() {
        return switch (type) {
            case STRING -> "a string";
            case BOOL -> "true or false";
            case INT -> max >= Integer.MAX_VALUE ? "an integer >= " + min : "an integer from " + min + " to " + max;
        };
    }
}
