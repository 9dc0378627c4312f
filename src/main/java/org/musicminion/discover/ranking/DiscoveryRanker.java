package org.musicminion.discover.ranking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The discovery ranking: each candidate is attributed to one artist ({@link Attribution}) and scored by the
 * keep model when it beat the heuristic on the chronological test ({@link Evaluation}), else by the
 * heuristic; the playlist is filled round-robin within each artist's slots ({@link SlotBrackets}, capped by
 * {@code per_artist_cap}), then with the best leftovers only when the slots cannot fill it ({@link SlotFill}).
 */
public final class DiscoveryRanker implements CandidateRanking {
    private final RankingRules rules;

    public DiscoveryRanker(RankingRules rules) {
        this.rules = rules;
    }

    public RankingRules rules() {
        return rules;
    }

    @Override
    public Ranked rank(List<TrackFacts> candidates, List<Verdict> verdicts) {
        Evaluation eval = evaluate(verdicts);
        Evidence evidence = Evidence.of(verdicts);
        Scorer scorer = eval.ranking() == RankingKind.MODEL ? Scorer.of(Evaluation.fit(verdicts)) : Scorer.HEURISTIC;
        DurationSplit split = DurationSplit.of(candidates, rules.minDurationMs(), rules.maxDurationMs());
        List<SlotFill.Scored> scored = new ArrayList<>(split.regular().size());
        for (TrackFacts t : split.regular()) scored.add(new SlotFill.Scored(t, scorer.score(t, evidence), Attribution.placedBy(t, evidence)));
        scored.sort(ORDER);
        SlotFill.Fill fill = SlotFill.fill(scored, a -> {
            Evidence.Count c = evidence.artist(a);
            return rules.slots().slots(c.judged(), evidence.artistRate(a), rules.perArtistCap());
        }, rules.maxTracks());
        List<Pick> picks = new ArrayList<>(fill.picks().size());
        for (SlotFill.Scored s : fill.picks()) {
            picks.add(new Pick(s.track().urn(), round(s.score()), s.placedBy(),
                    Reasons.of(s.track(), s.placedBy(), evidence)));
        }
        return new Ranked(picks, split.mixUrns(rules.mixesMaxTracks()), fill.slotsRelaxed(), eval.ranking(), eval);
    }

    /** The chronological comparison under these rules (what {@code evaluate} prints). */
    public Evaluation evaluate(List<Verdict> verdicts) {
        return Evaluation.run(verdicts, rules.minVerdicts(), rules.model());
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
