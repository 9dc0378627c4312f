package org.musicminion.discover.judge;

import org.musicminion.discover.resolve.InputNormalizer;
import org.musicminion.discover.soundcloud.Urn;

/**
 * A TRACK argument of `judge`: a numeric id or a track URN is known at once; a number that is no
 * track id (0, negative, too large), an empty or over-long input is invalid without a request;
 * anything else is a URL or slug to resolve (or invalid, which the resolver's normalizer decides).
 * What a track id or URN is, {@link Urn} says.
 */
public record TrackRef(String input, String urn, boolean invalid) {

    /** Parses one input; {@code urn} is null when the input is invalid or must go through resolve. */
    public static TrackRef parse(String raw) {
        String s = raw.strip();
        if (s.isEmpty() || InputNormalizer.tooLong(s)) return invalid(InputNormalizer.echo(s));
        if (!Urn.looksLikeTrack(s)) return new TrackRef(s, null, false);
        Urn track = Urn.trackOf(s);
        return track == null ? invalid(s) : new TrackRef(s, track.toString(), false);
    }

    private static TrackRef invalid(String input) {
        return new TrackRef(input, null, true);
    }

    public boolean needsResolving() {
        return urn == null && !invalid;
    }
}
