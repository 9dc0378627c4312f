package org.musicminion.discover.judge;

import java.util.regex.Pattern;

/**
 * A TRACK argument of `judge`: a numeric id or a track URN is known at once; anything else is a
 * URL or slug to resolve (or invalid, which the resolver's normalizer decides).
 */
public record TrackRef(String input, String urn) {
    private static final Pattern ID = Pattern.compile("\\d{1,19}");
    private static final Pattern URN = Pattern.compile("soundcloud:tracks:(\\d{1,19})");

    /** Parses one input; {@code urn} is null when the input must go through resolve. */
    public static TrackRef parse(String raw) {
        String s = raw.strip();
        if (ID.matcher(s).matches()) return new TrackRef(s, "soundcloud:tracks:" + Long.parseLong(s));
        if (URN.matcher(s).matches()) return new TrackRef(s, s);
        return new TrackRef(s, null);
    }

    public boolean needsResolving() {
        return urn == null;
    }

    /** The numeric id of a track URN. */
    public static long idOf(String urn) {
        var m = URN.matcher(urn);
        if (!m.matches()) throw new IllegalArgumentException("not a track URN: " + urn);
        return Long.parseLong(m.group(1));
    }
}
