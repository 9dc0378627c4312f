package org.musicminion.discover.ranking;

import java.util.List;

/**
 * Scores and explains single tracks the way {@link DiscoveryRanker} would rank them now: the same evidence
 * (all verdicts), the same scorer choice (the model only when it won the chronological test). For
 * {@code tracks --explain}.
 */
public final class Explainer {
    private final Evidence evidence;
    private final Scorer scorer;
    private final Evaluation evaluation;

    public Explainer(RankingRules rules, List<Verdict> verdicts) {
        this.evaluation = new DiscoveryRanker(rules).evaluate(verdicts);
        this.evidence = Evidence.of(verdicts);
        this.scorer = evaluation.ranking() == RankingKind.MODEL ? Scorer.of(Evaluation.fit(verdicts)) : Scorer.HEURISTIC;
    }

    public Evaluation evaluation() {
        return evaluation;
    }

    /** The track's score, attributed artist and reasons. */
    public Pick explain(TrackFacts t) {
        String placedBy = Attribution.placedBy(t, evidence);
        return new Pick(t.urn(), DiscoveryRanker.round(scorer.score(t, evidence)), placedBy, Reasons.of(t, placedBy, evidence));
    }
}
