package org.musicminion.discover.ranking;

/**
 * How many playlist slots an artist gets from its smoothed hit rate: {@code unrated} with no verdicts yet,
 * {@code over40} above 40 %, {@code from20} for 20–40 %, {@code from5} for 5–20 %, {@code under5} below 5 %
 * (config {@code [playlists.reposts.slots]}). {@code per_artist_cap} caps every bracket.
 */
public record SlotBrackets(int unrated, int over40, int from20, int from5, int under5) {
    /** Music Minion's brackets: 3, 8, 4, 2, 1. */
    public static final SlotBrackets DEFAULT = new SlotBrackets(3, 8, 4, 2, 1);

    public SlotBrackets {
        if (unrated < 0 || over40 < 0 || from20 < 0 || from5 < 0 || under5 < 0) throw new IllegalArgumentException("slots must be >= 0");
    }

    /** The bracket's slots for an artist with {@code judged} verdicts and smoothed rate {@code rate}; at most {@code cap} when cap > 0. */
    public int slots(int judged, double rate, int cap) {
        int s = judged == 0 ? unrated : rate > 0.40 ? over40 : rate >= 0.20 ? from20 : rate >= 0.05 ? from5 : under5;
        return cap > 0 ? Math.min(s, cap) : s;
    }
}
