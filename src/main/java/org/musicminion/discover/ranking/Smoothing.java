package org.musicminion.discover.ranking;

/**
 * Hit rates shrunk toward the listener's overall keep rate with a Beta prior worth {@link #PRIOR_VERDICTS}
 * verdicts: {@code (liked + k·p) / (judged + k)}. One like out of one verdict is then barely above the
 * overall rate, while 40 out of 60 stays near 62 %: little evidence, little weight.
 */
public final class Smoothing {
    /** How many verdicts the prior is worth (k). */
    public static final double PRIOR_VERDICTS = 10;
    /** The prior mean before the listener has judged anything (the base keep rate Music Minion sees, about 22 %). */
    public static final double NO_VERDICTS_RATE = 0.22;

    private Smoothing() {}

    /** The smoothed rate of {@code liked} out of {@code judged} toward {@code prior}. */
    public static double rate(int liked, int judged, double prior) {
        return (liked + PRIOR_VERDICTS * prior) / (judged + PRIOR_VERDICTS);
    }

    /** The overall keep rate used as the prior: {@code liked / judged}, or {@link #NO_VERDICTS_RATE} with no verdicts. */
    public static double prior(int liked, int judged) {
        return judged == 0 ? NO_VERDICTS_RATE : (double) liked / judged;
    }
}
