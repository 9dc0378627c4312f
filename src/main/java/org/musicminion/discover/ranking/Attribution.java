package org.musicminion.discover.ranking;

/**
 * The one artist a track is attributed to, for slots and explanations: of its reposters (its likers when
 * nobody reposted it, the followed artists who uploaded it when nobody reposted or liked it), the one with the best smoothed hit rate, then the earliest link, then the smallest URN.
 */
public final class Attribution {
    private Attribution() {}

    /** The attributed artist's URN, or null when the track has no source. */
    public static String placedBy(TrackFacts t, Evidence e) {
        TrackFacts.Source best = null;
        double bestRate = -1;
        for (TrackFacts.Source s : t.sources()) {
            double r = e.artistRate(s.artistUrn());
            if (best == null || r > bestRate
                    || r == bestRate && (s.firstSeen() < best.firstSeen()
                    || s.firstSeen() == best.firstSeen() && s.artistUrn().compareTo(best.artistUrn()) < 0)) {
                best = s;
                bestRate = r;
            }
        }
        return best == null ? null : best.artistUrn();
    }
}
