package org.musicminion.discover.config;

/**
 * One key the contract knows: its dot path, type, default and allowed range.
 * The list of all keys is {@link ConfigKeys#ALL}, drawn from {@link Settings#read}.
 */
public record ConfigKey(String path, Type type, Object defaultValue, long min, long max) {
    /**
     * The kinds of value. {@code SECRET}, {@code URL} and {@code HTTPS_URL} are strings with more
     * rules: a secret's value is never echoed in a message; a URL is an absolute http(s) URL; an
     * HTTPS_URL (one the token or client secret is sent to) must be https unless its host is
     * loopback (127.0.0.0/8, ::1, localhost).
     */
    public enum Type { STRING, INT, BOOL, SECRET, URL, HTTPS_URL }

    /** True when {@code raw} (as tomlj gives it: String, Long, Boolean) is a valid value of this key. */
    public boolean accepts(Object raw) {
        return switch (type) {
            case STRING, SECRET -> raw instanceof String;
            case BOOL -> raw instanceof Boolean;
            case INT -> raw instanceof Long l && l >= min && l <= max;
            case URL -> raw instanceof String s && ConfigUrls.isHttpUrl(s);
            case HTTPS_URL -> raw instanceof String s && ConfigUrls.isHttpsUnlessLoopback(s);
        };
    }

    /** What a value of this key must be, for error messages. */
    public String expectation() {
        return switch (type) {
            case STRING, SECRET -> "a string";
            case URL -> "an absolute http:// or https:// URL";
            case HTTPS_URL -> "an absolute https:// URL (http:// only on loopback: 127.0.0.1, ::1, localhost)";
            case BOOL -> "true or false";
            case INT -> max >= Integer.MAX_VALUE ? "an integer >= " + min : "an integer from " + min + " to " + max;
        };
    }
}
