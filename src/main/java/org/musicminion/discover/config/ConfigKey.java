package org.musicminion.discover.config;

/**
 * One key the contract knows: its dot path, type, default and allowed range.
 * The list of all keys is {@link ConfigKeys#ALL}.
 */
public record ConfigKey(String path, Type type, Object defaultValue, long min, long max) {
    /**
     * The kinds of value. {@code SECRET}, {@code URL} and {@code HTTPS_URL} are strings with more
     * rules: a secret's value is never echoed; a URL is an absolute http(s) URL; an HTTPS_URL must
     * be https unless its host is loopback (127.0.0.0/8, ::1, localhost).
     */
    public enum Type {
        STRING, INT, BOOL, SECRET, URL, HTTPS_URL;

        /** True for the kinds whose value is a String. */
        public boolean isText() {
            return this == STRING || this == SECRET || this == URL || this == HTTPS_URL;
        }
    }

    static ConfigKey string(String path, String def) {
        return new ConfigKey(path, Type.STRING, def, 0, 0);
    }

    static ConfigKey secret(String path) {
        return new ConfigKey(path, Type.SECRET, "", 0, 0);
    }

    static ConfigKey url(String path, String def) {
        return new ConfigKey(path, Type.URL, def, 0, 0);
    }

    /** A URL the token is sent to: https, except on the loopback interface. */
    static ConfigKey httpsUrl(String path, String def) {
        return new ConfigKey(path, Type.HTTPS_URL, def, 0, 0);
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
            case STRING, SECRET -> "a string";
            case URL -> "an absolute http:// or https:// URL";
            case HTTPS_URL -> "an absolute https:// URL (http:// only on loopback: 127.0.0.1, ::1, localhost)";
            case BOOL -> "true or false";
            case INT -> max == Long.MAX_VALUE ? "an integer >= " + min : "an integer from " + min + " to " + max;
        };
    }
}
