package org.musicminion.discover.ranking.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.musicminion.discover.ranking.DurationSplit;
import org.musicminion.discover.ranking.Pick;
import org.musicminion.discover.ranking.CandidateRanking;
import org.musicminion.discover.ranking.Ranked;
import org.musicminion.discover.ranking.RankingKind;
import org.musicminion.discover.ranking.RankingRules;
import org.musicminion.discover.ranking.TrackFacts;

/** The rankings the keep-rate benchmark compares the new one with. */
final class Baselines {
    private Baselines() {}

    static Ranked ranked(List<TrackFacts> picks, DurationSplit split, RankingRules rules, boolean relaxed) {
        List<Pick> out = picks.stream().map(t -> new Pick(t.urn(), 0, null, List.of())).toList();
        return new Ranked(out, split.mixUrns(rules.mixesMaxTracks()), relaxed, RankingKind.HEURISTIC, null);
    }

    /** "Most reposters first": reposter count, then the newest first_seen; no cap, no learning. */
    static CandidateRanking mostReposters(RankingRules rules) {
        return (candidates, verdicts) -> {
            DurationSplit split = DurationSplit.of(candidates, rules.minDurationMs(), rules.maxDurationMs());
            List<TrackFacts> order = new ArrayList<>(split.regular());
            order.sort(Comparator.comparingInt((TrackFacts t) -> -t.reposters().size()).thenComparing(DurationSplit.NEWEST));
            return ranked(order.stream().limit(rules.maxTracks()).toList(), split, rules, false);
        };
    }

    /** "Random": the regular-length candidates in a seeded random order (the same seed, the same shuffle of the same list). */
    static CandidateRanking random(RankingRules rules, long seed) {
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(seed);
        return (candidates, verdicts) -> {
            DurationSplit split = DurationSplit.of(candidates, rules.minDurationMs(), rules.maxDurationMs());
            List<TrackFacts> order = new ArrayList<>(split.regular());
            order.sort(Comparator.comparing(TrackFacts::urn));
            for (int i = order.size() - 1; i > 0; i--) java.util.Collections.swap(order, i, rnd.nextInt(i + 1));
            return ranked(order.stream().limit(rules.maxTracks()).toList(), split, rules, false);
        };
    }
}
