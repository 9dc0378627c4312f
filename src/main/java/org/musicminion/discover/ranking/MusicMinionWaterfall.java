package org.musicminion.discover.ranking;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Music Minion's own discovery selection (its "waterfall", web/backend/discovery_sync.py and
 * queries/discovery.py in Andrewske/music-minion-cli), as a ranking to compare with: reposts only; an artist's
 * hit rate is liked / (liked + dismissed) over every judged track it reposted ({@code not_quite} counts as
 * dismissed), 0 without verdicts; each track counts for one reposter, the one with the best hit rate (then the
 * earliest repost); tracks are ordered by 7-day age tier from now (the track's release, else the repost), then
 * that reposter's hit rate, then the newest time; each artist gets slots by hit rate (no verdicts: unrated,
 * above 40 %: over40, above 20 %: from20, from 5 %: from5, else under5, from {@code [playlists.reposts.slots]}),
 * and the playlist fills in that order within the slots, then within twice the slots, then without them. It
 * never learns beyond the hit rates: {@link Ranked#evaluation()} is null.
 */
public final class MusicMinionWaterfall implements CandidateRanking {
    private static final long DAY_MS = 86_400_000L;
    private final RankingRules rules;
    private final Clock clock;

    public MusicMinionWaterfall(RankingRules rules, Clock clock) {
        this.rules = rules;
        this.clock = clock;
    }

    /** Raw hit rates of reposters: liked and judged counts over the judged tracks each reposted. */
    public record HitRates(Map<String, Evidence.Count> counts) {
        public static HitRates of(List<Verdict> verdicts) {
            Map<String, Evidence.Count> counts = new HashMap<>();
            for (Verdict v : verdicts) {
                Set<String> reposters = new HashSet<>();
                for (TrackFacts.Source s : v.track().reposters()) reposters.add(s.artistUrn());
                for (String a : reposters) {
                    Evidence.Count c = counts.getOrDefault(a, Evidence.Count.NONE);
                    counts.put(a, new Evidence.Count(c.liked() + (v.kept() ? 1 : 0), c.judged() + 1));
                }
            }
            return new HitRates(Map.copyOf(counts));
        }

        public Evidence.Count of(String artist) {
            return counts.getOrDefault(artist, Evidence.Count.NONE);
        }

        /** liked / judged, 0 without verdicts. */
        public double rate(String artist) {
            Evidence.Count c = of(artist);
            return c.judged() == 0 ? 0 : (double) c.liked() / c.judged();
        }

        /** The track's reposter with the best hit rate, then the earliest repost, then the smallest URN; null without reposters. */
        public TrackFacts.Source attributed(TrackFacts t) {
            TrackFacts.Source best = null;
            for (TrackFacts.Source s : t.reposters()) {
                if (best == null || rate(s.artistUrn()) > rate(best.artistUrn())
                        || rate(s.artistUrn()) == rate(best.artistUrn()) && (s.firstSeen() < best.firstSeen()
                        || s.firstSeen() == best.firstSeen() && s.artistUrn().compareTo(best.artistUrn()) < 0)) best = s;
            }
            return best;
        }

        /** Music Minion's slots: the bracket of the raw hit rate ({@code > 40 %}, {@code > 20 %}, {@code >= 5 %}). */
        public int slots(String artist, SlotBrackets b) {
            Evidence.Count c = of(artist);
            if (c.judged() == 0) return b.unrated();
            double r = rate(artist);
            return r > 0.40 ? b.over40() : r > 0.20 ? b.from20() : r >= 0.05 ? b.from5() : b.under5();
        }
    }

    /** A track in the waterfall's order: its age tier (weeks), its reposter's hit rate and its time. */
    record Placed(TrackFacts track, TrackFacts.Source by, long tier, double rate, long time) {
    }

    static final Comparator<Placed> ORDER = Comparator.comparingLong(Placed::tier)
            .thenComparing(Comparator.comparingDouble(Placed::rate).reversed())
            .thenComparing(Comparator.comparingLong(Placed::time).reversed())
            .thenComparing(p -> p.track().urn());

    /** The track as the waterfall sees it at {@code now}; null when no followed artist reposted it. */
    static Placed place(TrackFacts t, HitRates rates, long now) {
        TrackFacts.Source by = rates.attributed(t);
        if (by == null) return null;
        long time = t.createdAt() != null ? t.createdAt() : by.firstSeen();
        long tier = Math.max(0, (now - time) / DAY_MS) / 7;
        return new Placed(t, by, tier, rates.rate(by.artistUrn()), time);
    }

    /**
     * A score that sorts like the waterfall's order (for {@code evaluate}): newer tiers far above older ones, then
     * the hit rate, then the newest time within a tier.
     */
    public static double score(TrackFacts t, HitRates rates, long now) {
        Placed p = place(t, rates, now);
        if (p == null) return Double.NEGATIVE_INFINITY;
        double withinTier = Math.min(1, Math.max(0, (now - p.time()) / (7.0 * DAY_MS) - p.tier()));
        return -p.tier() * 10 + p.rate() * 2 + (1 - withinTier) * 0.01;
    }

    @Override
    public Ranked rank(List<TrackFacts> candidates, List<Verdict> verdicts) {
        long now = clock.millis();
        HitRates rates = HitRates.of(verdicts);
        DurationSplit split = DurationSplit.of(candidates, rules.minDurationMs(), rules.maxDurationMs());
        List<Placed> order = new ArrayList<>();
        for (TrackFacts t : split.regular()) {
            Placed p = place(t, rates, now);
            if (p != null) order.add(p);
        }
        order.sort(ORDER);
        int max = rules.maxTracks();
        List<Placed> picked = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        Map<String, Integer> held = new HashMap<>();
        boolean relaxed = false;
        for (int multiplier : new int[] {1, 2, 0}) {
            for (Placed p : order) {
                if (picked.size() >= max) break;
                if (taken.contains(p.track().urn())) continue;
                String a = p.by().artistUrn();
                if (multiplier > 0 && held.getOrDefault(a, 0) >= rates.slots(a, rules.slots()) * multiplier) continue;
                picked.add(p);
                taken.add(p.track().urn());
                held.merge(a, 1, Integer::sum);
                if (multiplier != 1) relaxed = true;
            }
        }
        List<Pick> picks = new ArrayList<>(picked.size());
        for (Placed p : picked) picks.add(new Pick(p.track().urn(), DiscoveryRanker.round(p.rate()), p.by().artistUrn(), reasons(p, rates)));
        return new Ranked(picks, split.mixUrns(rules.mixesMaxTracks()), relaxed, RankingKind.MUSIC_MINION, null);
    }

    private static List<String> reasons(Placed p, HitRates rates) {
        Evidence.Count c = rates.of(p.by().artistUrn());
        String age = p.tier() == 0 ? "this week" : p.tier() == 1 ? "1 week old" : p.tier() + " weeks old";
        return List.of(age, c.judged() == 0 ? "reposter: no verdicts yet"
                : "reposter's hit rate " + Reasons.percent(rates.rate(p.by().artistUrn())) + " (" + c.liked() + " of " + c.judged() + ")");
    }
}
