package org.musicminion.discover.ranking;

import java.util.List;

/**
 * Scores and explains single tracks the way {@link DiscoveryRanker} would rank them now: the same evidence
 * (all verdicts), the same choice of model or heuristic. For {@code tracks --explain}.
 */
public final class Explainer {
    private final Scoring scoring;

    public Explainer(RankingRules rules, List<TrackFacts> candidates, List<Verdict> verdicts, long now) {
        this.scoring = Scoring.of(rules, candidates, verdicts, now);
    }

    public Evaluation evaluation() {
        return scoring.evaluation;
    }

    /** The track's score, attributed artist and reasons. */
    public Pick explain(TrackFacts t) {
        String placedBy = Attribution.placedBy(t, scoring.evidence);
        return new Pick(t.urn(), DiscoveryRanker.round(scoring.probability(t)), placedBy, Reasons.of(t, placedBy, scoring.evidence));
    }
}
