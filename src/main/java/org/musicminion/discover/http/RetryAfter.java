package org.musicminion.discover.http;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Parses a Retry-After header: delta seconds or an HTTP date (RFC 9110 §10.2.3). A wait longer than
 * {@link #LONGEST} (a number of seconds past a long, a date in year 9999) saturates to it: it is simply
 * too long, and no arithmetic on it can overflow.
 */
public final class RetryAfter {
    /** The longest wait a header can ask for: a hundred years, far past any limit we wait, far below a long of nanoseconds. */
    public static final Duration LONGEST = Duration.ofDays(36_500);

    private RetryAfter() {}

    /** The wait the header asks for (at most {@link #LONGEST}), zero for a date in the past, null when absent or unreadable. */
    public static Duration parse(String header, Instant now) {
        if (header == null || header.isBlank()) return null;
        String h = header.trim();
        if (isDigits(h, 0)) {
            if (h.length() > 18) return LONGEST; // past a long, or close: saturate instead of overflowing
            return min(Duration.ofSeconds(Long.parseLong(h)));
        }
        if (h.startsWith("-") && isDigits(h, 1)) return null; // a negative delay means nothing
        try {
            Instant at = ZonedDateTime.parse(h, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            if (at.isAfter(now.plus(LONGEST))) return LONGEST;
            Duration d = Duration.between(now, at);
            return d.isNegative() ? Duration.ZERO : d;
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    private static boolean isDigits(String s, int from) {
        if (s.length() <= from) return false;
        for (int i = from; i < s.length(); i++) if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
        return true;
    }

    private static Duration min(Duration d) {
        return d.compareTo(LONGEST) > 0 ? LONGEST : d;
    }
}
