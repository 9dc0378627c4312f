package org.musicminion.discover.soundcloud;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Reads a stream item's {@code created_at}: SoundCloud's {@code 2020/10/12 12:03:00 +0000} (any
 * offset), and tolerated ISO-8601 ({@code 2020-10-12T12:03:00Z}, with an offset or fractions).
 * Anything else is no time (null): the caller skips that item.
 */
public final class FeedTime {
    private static final DateTimeFormatter SOUNDCLOUD = DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm:ss xx");

    private FeedTime() {}

    /** The instant, or null when {@code text} is in neither format. */
    public static Instant parse(String text) {
        if (text == null) return null;
        String s = text.trim();
        if (s.isEmpty() || s.length() > 40) return null;
        try {
            return OffsetDateTime.parse(s, SOUNDCLOUD).toInstant();
        } catch (DateTimeParseException e) {
            // not SoundCloud's own format: try ISO-8601
        }
        try {
            return OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
