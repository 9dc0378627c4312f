package org.musicminion.discover.report;

/**
 * Which followed artists are noise: they surface many tracks and the listener keeps few of them. An artist is
 * noisy with at least {@link #MIN_PER_WEEK} tracks surfaced a week (over the last 30 days), at least
 * {@link #MIN_JUDGED} verdicts behind the rate, and a smoothed keep rate below half the listener's overall one.
 */
final class NoisyArtists {
    static final double MIN_PER_WEEK = 2.0;
    static final int MIN_JUDGED = 3;

    private NoisyArtists() {}

    static boolean noisy(double perWeek, int judged, double smoothedKeepRate, double overallKeepRate) {
        return perWeek >= MIN_PER_WEEK && judged >= MIN_JUDGED && smoothedKeepRate < overallKeepRate / 2;
    }
}
