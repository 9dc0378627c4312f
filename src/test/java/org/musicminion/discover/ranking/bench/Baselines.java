package org.musicminion.discover.ranking.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.musicminion.discover.ranking.DurationSplit;
import org.musicminion.discover.ranking.Pick;
import org.musicminion.discover.ranking.CandidateRanking;
import org.musicminion.discover.ranking.Ranked;
import org.musicminion.discover.ranking.RankingKind;
import org.musicminion.discover.ranking.RankingRules;
import org.musicminion.discover.ranking.SlotBrackets;
import org.musicminion.discover.ranking.SlotFill;
import org.musicminion.discover.ranking.TrackFacts;
import org.musicminion.discover.ranking.Verdict;

/** The rankings the keep-rate benchmark compares the new one with. */
final class Baselines {
    private Baselines() {}

    /** Raw hit rates (liked / judged, 0 without verdicts) per artist that reposted or liked a judged track. */
    static Map<String, double[]> rawCounts(List<Verdict> verdicts) {
        Map<String, double[]> counts = new HashMap<>();
        for (Verdict v : verdicts) {
            java.util.Set<String> artists = new java.util.HashSet<>();
            for (TrackFacts.Source s : v.track().reposters()) artists.add(s.artistUrn());
            for (TrackFacts.Source s : v.track().likers()) artists.add(s.artistUrn());
            for (String a : artists) {
                double[] c = counts.computeIfAbsent(a, k -> new double[2]);
                if (v.kept()) c[0]++;
                c[1]++;
            }
        }
        return counts;
    }

    static double raw(Map<String, double[]> counts, String artist) {
        double[] c = counts.get(artist);
        return c == null ? 0 : c[0] / Math.max(1, c[1]);
    }

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

    /**
     * Music Minion's slot heuristic: each track attributed to its reposter with the best raw hit rate (then the
     * earliest repost), slots per artist from the raw hit rate (3 unrated, 8 / 4 / 2 / 1), round-robin fill
     * (within an artist: more reposters, then newest), the best leftovers when the slots cannot fill.
     */
    static CandidateRanking slotHeuristic(RankingRules rules) {
        return (candidates, verdicts) -> {
            Map<String, double[]> counts = rawCounts(verdicts);
            DurationSplit split = DurationSplit.of(candidates, rules.minDurationMs(), rules.maxDurationMs());
            List<SlotFill.Scored> scored = new ArrayList<>();
            for (TrackFacts t : split.regular()) {
                TrackFacts.Source best = null;
                for (TrackFacts.Source s : t.sources()) {
                    if (best == null || raw(counts, s.artistUrn()) > raw(counts, best.artistUrn())
                            || raw(counts, s.artistUrn()) == raw(counts, best.artistUrn()) && s.firstSeen() < best.firstSeen()) best = s;
                }
                scored.add(new SlotFill.Scored(t, best == null ? 0 : raw(counts, best.artistUrn()), best == null ? null : best.artistUrn()));
            }
            scored.sort(Comparator.comparingDouble((SlotFill.Scored s) -> -s.score())
                    .thenComparing(s -> -s.track().reposters().size()).thenComparing(s -> s.track(), DurationSplit.NEWEST));
            SlotFill.Fill fill = SlotFill.fill(scored, a -> {
                double[] c = counts.get(a);
                return SlotBrackets.DEFAULT.slots(c == null ? 0 : (int) c[1], raw(counts, a), 0);
            }, rules.maxTracks());
            return ranked(fill.picks().stream().map(SlotFill.Scored::track).toList(), split, rules, fill.slotsRelaxed());
        };
    }
}
