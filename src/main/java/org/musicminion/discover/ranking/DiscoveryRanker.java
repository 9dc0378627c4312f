package org.musicminion.discover.ranking;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The discovery ranking. Each candidate gets its keep chance from your own verdicts ({@link Scoring}: the keep
 * model when it beat the heuristic on the chronological test, else the heuristic) and is attributed to one artist
 * ({@link Attribution}); the playlist takes tracks best first while their artist has a slot ({@link SlotBrackets},
 * capped by {@code per_artist_cap}), then the best leftovers only when the slots cannot fill it ({@link SlotFill}). Artists
 * without verdicts get their {@code unrated} slots, and their tracks score at your overall keep rate until judged.
 */
public final class DiscoveryRanker implements CandidateRanking {
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
        java.util.function.ToIntFunction<String> slots = a -> {
            Evidence.Count c = evidence.artist(a);
            return rules.slots().slots(c.judged(), evidence.artistRate(a), rules.perArtistCap());
        };
        SlotFill.Fill fill = SlotFill.fill(scored, slots, rules.maxTracks());
        List<Pick> picks = new ArrayList<>(fill.picks().size());
        for (SlotFill.Scored s : fill.picks()) {
            picks.add(new Pick(s.track().urn(), round(s.score()), s.placedBy(), Reasons.of(s.track(), s.placedBy(), evidence)));
        }
        return new Ranked(picks, split.mixUrns(rules.mixesMaxTracks()), fill.slotsRelaxed(), scoring.evaluation.ranking(),
                scoring.evaluation);
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
