package org.musicminion.discover.ranking.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.musicminion.discover.ranking.CandidateRanking;
import org.musicminion.discover.ranking.DurationSplit;
import org.musicminion.discover.ranking.RankingRules;
import org.musicminion.discover.ranking.TrackFacts;
import org.musicminion.discover.sandbox.Catalogue;
import org.musicminion.discover.sandbox.Taste;

/**
 * The listener's hidden keep chance, which only the bench reads: the mean over a pushed playlist (the bench's
 * measure) and "best possible", the ranking that pushes the top tracks by it (an upper bound no real ranking reaches).
 */
final class Oracle {
    private final Catalogue catalogue;
    private final Taste taste;
    private volatile int day = 1;

    Oracle(Catalogue catalogue, Taste taste) {
        this.catalogue = catalogue;
        this.taste = taste;
    }

    void day(int d) {
        day = d;
    }

    /** The hidden chance of keeping each track of {@code urns} today, surfaced as the catalogue stands. */
    Map<String, Double> keepChances(List<String> urns) {
        Map<String, Set<String>> pickers = catalogue.pickersByTrack();
        Map<String, Double> out = new HashMap<>();
        for (String urn : urns) {
            Catalogue.Track t = catalogue.track(urn).orElseThrow();
            out.put(urn, taste.keepChance(t, List.copyOf(pickers.getOrDefault(urn, Set.of())), day));
        }
        return out;
    }

    double meanKeepChance(List<String> urns) {
        if (urns.isEmpty()) return 0;
        return keepChances(urns).values().stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    /** "Best possible": the regular-length candidates with the highest hidden keep chance today. */
    CandidateRanking bestPossible(RankingRules rules) {
        return (candidates, verdicts) -> {
            DurationSplit split = DurationSplit.of(candidates, rules.minDurationMs(), rules.maxDurationMs());
            Map<String, Double> p = keepChances(split.regular().stream().map(TrackFacts::urn).toList());
            List<TrackFacts> order = new ArrayList<>(split.regular());
            order.sort(Comparator.comparingDouble((TrackFacts t) -> -p.get(t.urn())).thenComparing(TrackFacts::urn));
            return Baselines.ranked(order.stream().limit(rules.maxTracks()).toList(), split, rules, false);
        };
    }
}
