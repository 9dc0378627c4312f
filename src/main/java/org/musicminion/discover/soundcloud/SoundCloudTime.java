package org.musicminion.discover.soundcloud;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * SoundCloud's dates, the one parser of them: its own {@code 2020/10/12 12:03:00 +0000} (any offset,
 * {@code +01:00} too, and a {@code -} for the {@code /}), and tolerated ISO-8601
 * ({@code 2020-10-12T12:03:00Z}, with an offset or fractions). Used for a stream item's
 * {@code created_at}, a track's stored {@code created_at} and a token endpoint 429's {@code reset_time}.
 * Anything else is no time (null): each caller says what that means.
 */
public final class SoundCloudTime {
    private static final List<DateTimeFormatter> FORMATS = List.of(
            DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm:ss xx"),
            DateTimeFormatter.ISO_OFFSET_DATE_TIME,
            DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm:ss xxx"),
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss xx"),
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss xxx"));

    private SoundCloudTime() {}

    /** The instant, or null when {@code text} (surrounding blanks ignored) is in none of the formats. */
    public static Instant parse(String text) {
        if (text == null) return null;
        String s = text.trim();
        if (s.isEmpty() || s.length() > 40) return null;
        for (DateTimeFormatter f : FORMATS) {
            try {
                return OffsetDateTime.parse(s, f).toInstant();
            } catch (DateTimeParseException e) {
                // the next format
            }
        }
        return null;
    }
}
