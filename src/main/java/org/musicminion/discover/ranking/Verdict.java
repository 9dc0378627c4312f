package org.musicminion.discover.ranking;

import org.musicminion.discover.Judgment;

/**
 * The listener's verdict on a track: {@code liked} (kept), {@code not_quite} (a near miss) or
 * {@code not_interested}, with the time it was recorded (epoch millis) and the track as the index knows it.
 */
public record Verdict(TrackFacts track, Judgment judgment, long judgedAt) {
    public Verdict {
        if (judgment == null) throw new IllegalArgumentException("a verdict needs a judgment");
    }

    /** A kept ({@code liked}) or plainly rejected ({@code not_interested}) verdict. */
    public Verdict(TrackFacts track, boolean kept, long judgedAt) {
        this(track, kept ? Judgment.LIKED : Judgment.NOT_INTERESTED, judgedAt);
    }

    /** True for {@code liked}. */
    public boolean kept() {
        return judgment == Judgment.LIKED;
    }
}
