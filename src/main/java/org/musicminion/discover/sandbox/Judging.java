package org.musicminion.discover.sandbox;

/**
 * How a simulated listener turns what they hear into verdicts: they leave {@code skipShare} of the tracks they reach
 * unjudged (skipped, left for later); of the rest, a track they keep is liked, and one they do not keep is filed
 * under "Not interested" or "Not quite" with the chance {@code dismissShare}, else left unjudged too (a listener who
 * judges mostly by liking).
 */
public record Judging(double skipShare, double dismissShare) {
    /** Judges 80 % of what they hear and files every track they do not keep. */
    public static final Judging ATTENTIVE = new Judging(0.2, 1.0);

    public Judging {
        if (!(skipShare >= 0 && skipShare < 1)) throw new IllegalArgumentException("skip share must be in [0, 1)");
        if (!(dismissShare >= 0 && dismissShare <= 1)) throw new IllegalArgumentException("dismiss share must be in [0, 1]");
    }
}
