package org.musicminion.discover.config;

import java.util.Locale;

import okhttp3.HttpUrl;

/**
 * The rules for URL config keys, checked without any DNS lookup: a name other than
 * {@code localhost} is never taken for loopback, whatever it resolves to.
 */
final class ConfigUrls {
    private ConfigUrls() {}

    /** An absolute http:// or https:// URL with a host. */
    static boolean isHttpUrl(String s) {
        return parse(s) != null;
    }

    /** An absolute https:// URL, or http:// to a loopback host (127.0.0.0/8, ::1, localhost). */
    static boolean isHttpsUnlessLoopback(String s) {
        HttpUrl u = parse(s);
        return u != null && (u.isHttps() || isLoopbackHost(u.host()));
    }

    static boolean isLoopbackHost(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.equals("localhost") || h.equals("::1")) return true;
        String[] parts = h.split("\\.", -1);
        if (parts.length != 4 || !parts[0].equals("127")) return false;
        for (String p : parts) {
            if (!p.matches("[0-9]{1,3}") || Integer.parseInt(p) > 255) return false;
        }
        return true;
    }

    private static HttpUrl parse(String s) {
        if (s == null || s.isBlank() || !s.strip().equals(s)) return null;
        return HttpUrl.parse(s); // null unless http(s) with a host
    }
}
