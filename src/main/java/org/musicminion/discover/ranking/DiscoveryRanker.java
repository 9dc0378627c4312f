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
 * The discovery ranking. Each candidate gets its keep chance from your own verdicts ({@link Scoring}: the keep
 * model when it beat the heuristic on the chronological test, else the heuristic) and is attributed to one artist
 * ({@link Attribution}); the playlist is filled round-robin within each artist's slots ({@link SlotBrackets},
 * capped by {@code per_artist_cap}), then with the best leftovers only when the slots cannot fill it
 * ({@link SlotFill}), best first. Then it explores: the ranking learns only from what it shows, so every
 * {@link #EXPLORE_EVERY}th place (from the {@link #EXPLORE_FROM}th) goes to the likeliest keep among tracks whose
 * artist or genre has fewer than {@link #EXPLORE_BELOW} verdicts, until none is left.
 */
public final class DiscoveryRanker implements CandidateRanking {
    static final int EXPLORE_EVERY = Integer.parseInt(System.getProperty("t.ee", "10"));
    static final int EXPLORE_FROM = 5;
    static final double EXPLORE_BELOW = 3;
    private final RankingRules rules;
    private final Clock clock;

    /** Ranks at the latest time its inputs know of. */
    public DiscoveryRanker(RankingRules rules) {
        this(rules, null);
    }

    public DiscoveryRanker(RankingRules rules, Clock clock) {
        this.rules = rules;
        this.clock = clock;
    }

    public RankingRules rules() {
        return rules;
    }

    @Override
    public Ranked rank(List<TrackFacts> candidates, List<Verdict> verdicts) {
        long now = clock == null ? Scoring.latest(candidates, verdicts) : clock.millis();
        Scoring scoring = Scoring.of(rules, candidates, verdicts, now);
        Evidence evidence = scoring.evidence;
        DurationSplit split = DurationSplit.of(candidates, rules.minDurationMs(), rules.maxDurationMs());
        List<SlotFill.Scored> scored = new ArrayList<>(split.regular().size());
        for (TrackFacts t : split.regular()) scored.add(new SlotFill.Scored(t, scoring.probability(t), Attribution.placedBy(t, evidence)));
        scored.sort(ORDER);
        SlotFill.Fill fill = SlotFill.fill(scored, a -> {
            Evidence.Count c = evidence.artist(a);
            return rules.slots().slots(c.judged(), evidence.artistRate(a), rules.perArtistCap());
        }, rules.maxTracks());
        List<SlotFill.Scored> chosen = explore(fill.picks(), scored, scoring);
        List<Pick> picks = new ArrayList<>(chosen.size());
        for (SlotFill.Scored s : chosen) {
            picks.add(new Pick(s.track().urn(), round(s.score()), s.placedBy(), Reasons.of(s.track(), s.placedBy(), evidence)));
        }
        return new Ranked(picks, split.mixUrns(rules.mixesMaxTracks()), fill.slotsRelaxed(), scoring.evaluation.ranking(),
                scoring.evaluation);
    }

    /**
     * {@code picks} (best first) with every {@link #EXPLORE_EVERY}th place from {@link #EXPLORE_FROM} given to the
     * likeliest keep of {@code all} whose artist or genre has little evidence and that is not already placed above;
     * the playlist keeps its length (the last picks make room) and no artist goes past {@code per_artist_cap}.
     */
    List<SlotFill.Scored> explore(List<SlotFill.Scored> picks, List<SlotFill.Scored> all, Scoring scoring) {
        List<SlotFill.Scored> out = new ArrayList<>(picks);
        Set<String> placed = new HashSet<>();
        for (SlotFill.Scored s : picks) placed.add(s.track().urn());
        Map<String, Integer> held = new HashMap<>();
        for (SlotFill.Scored s : picks) if (s.placedBy() != null) held.merge(s.placedBy(), 1, Integer::sum);
        int next = 0;
        for (int at = EXPLORE_FROM - 1; EXPLORE_EVERY > 0 && at < out.size(); at += EXPLORE_EVERY) {
            SlotFill.Scored pick = null;
            while (next < all.size()) {
                SlotFill.Scored s = all.get(next++);
                if (!unexplored(s, scoring)) continue;
                int index = out.indexOf(s);
                if (index >= 0 && index <= at) continue; // already heard at or above this place
                if (index < 0 && s.placedBy() != null && rules.perArtistCap() > 0 && held.getOrDefault(s.placedBy(), 0) >= rules.perArtistCap()) continue;
                pick = s;
                break;
            }
            if (pick == null) break;
            if (!out.remove(pick)) {
                out.remove(out.size() - 1);
                if (pick.placedBy() != null) held.merge(pick.placedBy(), 1, Integer::sum);
            }
            out.add(at, pick);
        }
        return out;
    }

    private static boolean unexplored(SlotFill.Scored s, Scoring scoring) {
        boolean fewForArtist = s.placedBy() != null && scoring.evidence.artist(s.placedBy()).judged() < EXPLORE_BELOW;
        return fewForArtist || scoring.genreEvidence(s.track()) < EXPLORE_BELOW;
    }

    /** The chronological comparison under these rules (what {@code evaluate} prints). */
    public Evaluation evaluate(List<TrackFacts> candidates, List<Verdict> verdicts) {
        return Scoring.of(rules, candidates, verdicts, Scoring.latest(candidates, verdicts)).evaluation;
    }

    static double round(double score) {
        return Math.round(score * 10_000) / 10_000.0;
    }

    /** Best score first, then more reposters, then the newest first_seen, then URN. */
    static final Comparator<SlotFill.Scored> ORDER = Comparator.comparingDouble(SlotFill.Scored::score).reversed()
            .thenComparing(s -> -s.track().reposters().size())
            .thenComparing(s -> -s.track().firstSeen())
            .thenComparing(s -> s.track().urn());
}
