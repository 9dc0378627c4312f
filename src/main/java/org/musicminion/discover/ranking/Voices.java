package org.musicminion.discover.ranking;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How much each reposter of a track speaks for itself. Accounts that repost the same tracks (a label's many
 * pages, a repost network) are one voice, not many: from every track the index holds, the overlap of two
 * accounts' reposts (Jaccard: shared / either) is counted, and on a track a reposter's weight is
 * {@code 1 / Σ overlap} with every reposter of that track (itself included, overlap 1). Ten accounts that always
 * repost together weigh 1/10 each, one voice; ten independent ones 1 each.
 */
public final class Voices {
    private final Map<String, Integer> reposts;
    private final Map<String, Integer> together;

    private Voices(Map<String, Integer> reposts, Map<String, Integer> together) {
        this.reposts = reposts;
        this.together = together;
    }

    public static final Voices NONE = new Voices(Map.of(), Map.of());

    /** Counts the reposts of {@code tracks} (each track once). */
    public static Voices of(Collection<TrackFacts> tracks) {
        Map<String, Integer> reposts = new HashMap<>();
        Map<String, Integer> together = new HashMap<>();
        for (TrackFacts t : tracks) {
            List<TrackFacts.Source> rs = t.reposters();
            for (int i = 0; i < rs.size(); i++) {
                reposts.merge(rs.get(i).artistUrn(), 1, Integer::sum);
                for (int j = i + 1; j < rs.size(); j++) together.merge(pair(rs.get(i).artistUrn(), rs.get(j).artistUrn()), 1, Integer::sum);
            }
        }
        return new Voices(reposts, together);
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + '\n' + b : b + '\n' + a;
    }

    /** The share of their reposts two accounts have in common (0 when either has none). */
    public double overlap(String a, String b) {
        if (a.equals(b)) return 1;
        int both = together.getOrDefault(pair(a, b), 0);
        if (both == 0) return 0;
        return (double) both / (reposts.getOrDefault(a, 0) + reposts.getOrDefault(b, 0) - both);
    }

    /** Each of {@code sources}' weight on this track, in their order. */
    public double[] weights(List<TrackFacts.Source> sources) {
        double[] w = new double[sources.size()];
        for (int i = 0; i < w.length; i++) {
            double sum = 0;
            for (TrackFacts.Source other : sources) sum += overlap(sources.get(i).artistUrn(), other.artistUrn());
            w[i] = 1 / sum;
        }
        return w;
    }
}
