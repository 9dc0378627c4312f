package org.musicminion.discover.ranking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Splits candidates by duration: shorter than the minimum are dropped, longer than the maximum are mixes
 * (newest first_seen first, then URN), unknown durations count as regular tracks.
 */
public record DurationSplit(List<TrackFacts> regular, List<TrackFacts> mixes) {
    public static final Comparator<TrackFacts> NEWEST = Comparator.comparingLong(TrackFacts::firstSeen).reversed()
            .thenComparing(TrackFacts::urn);

    public static DurationSplit of(List<TrackFacts> candidates, long minMs, long maxMs) {
        List<TrackFacts> regular = new ArrayList<>();
        List<TrackFacts> mixes = new ArrayList<>();
        for (TrackFacts t : candidates) {
            Long d = t.durationMs();
            if (d != null && d < minMs) continue;
            if (d != null && d > maxMs) mixes.add(t);
            else regular.add(t);
        }
        mixes.sort(NEWEST);
        return new DurationSplit(regular, mixes);
    }

    /** The first {@code max} mixes' URNs. */
    public List<String> mixUrns(int max) {
        return mixes.stream().limit(max).map(TrackFacts::urn).toList();
    }
}
