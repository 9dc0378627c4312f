package org.musicminion.discover.judge;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.musicminion.discover.resolve.InputNormalizer;

/**
 * A TRACK argument of `judge`: a numeric id or a track URN is known at once; a number that is no
 * track id (0, negative, too large), an empty or over-long input is invalid without a request;
 * anything else is a URL or slug to resolve (or invalid, which the resolver's normalizer decides).
 */
public record TrackRef(String input, String urn, boolean invalid) {
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+");
    private static final Pattern URN = Pattern.compile("soundcloud:tracks:(.*)");

    /** Parses one input; {@code urn} is null when the input is invalid or must go through resolve. */
    public static TrackRef parse(String raw) {
        String s = raw.strip();
        if (s.isEmpty() || InputNormalizer.tooLong(s)) return invalid(InputNormalizer.echo(s));
        if (NUMBER.matcher(s).matches()) return known(s, s);
        Matcher m = URN.matcher(s);
        if (m.matches()) return known(s, m.group(1));
        return new TrackRef(s, null, false);
    }

    /** {@code input} naming the track id {@code digits}: a URN when it is 1..Long.MAX_VALUE, else invalid. */
    private static TrackRef known(String input, String digits) {
        if (!digits.matches("\\d{1,19}")) return invalid(input);
        long id;
        try {
            id = Long.parseLong(digits);
        } catch (NumberFormatException tooLarge) {
            return invalid(input);
        }
        return id < 1 ? invalid(input) : new TrackRef(input, "soundcloud:tracks:" + id, false);
    }

    private static TrackRef invalid(String input) {
        return new TrackRef(input, null, true);
    }

    public boolean needsResolving() {
        return urn == null && !invalid;
    }

    /** The numeric id of a track URN. */
    public static long idOf(String urn) {
        var m = URN.matcher(urn);
        if (!m.matches() || !m.group(1).matches("\\d{1,19}")) throw new IllegalArgumentException("not a track URN: " + urn);
        return Long.parseLong(m.group(1));
    }
}
