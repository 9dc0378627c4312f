package org.musicminion.discover.ranking;

import java.util.ArrayList;
import java.util.List;

/**
 * What the discovery ranking knows at one moment: the chronological evaluation that chose between the fitted keep
 * model and the heuristic, the chosen weights, the ledger of every verdict, who reposts together, and the plain
 * counts its explanations quote. Scores a track as its keep chance now.
 */
final class Scoring {
    final Evaluation evaluation;
    final KeepModel.Weights weights;
    final Ledger ledger;
    final Voices voices;
    final Evidence evidence;
    final long now;
    private final double priorLogit;

    private Scoring(Evaluation evaluation, KeepModel.Weights weights, Ledger ledger, Voices voices, Evidence evidence, long now) {
        this.evaluation = evaluation;
        this.weights = weights;
        this.ledger = ledger;
        this.voices = voices;
        this.evidence = evidence;
        this.now = now;
        this.priorLogit = Ledger.logit(ledger.prior());
    }

    /** Everything {@code rules} need to rank {@code candidates} on {@code verdicts} at {@code now}. */
    static Scoring of(RankingRules rules, List<TrackFacts> candidates, List<Verdict> verdicts, long now) {
        List<TrackFacts> all = new ArrayList<>(candidates);
        for (Verdict v : verdicts) all.add(v.track());
        Voices voices = Voices.of(all);
        KeepModel.History history = KeepModel.history(verdicts, voices);
        Evaluation eval = Evaluation.run(verdicts, history, rules.minVerdicts(), rules.model());
        KeepModel.Weights weights = eval.ranking() == RankingKind.MODEL ? KeepModel.fit(history.rows()) : KeepModel.PRIOR;
        return new Scoring(eval, weights, history.ledger(), voices, Evidence.of(verdicts), now);
    }

    /** The latest time the inputs know of (a verdict or a link), for rankings without a clock. */
    static long latest(List<TrackFacts> candidates, List<Verdict> verdicts) {
        long t = 0;
        for (Verdict v : verdicts) t = Math.max(t, v.judgedAt());
        for (TrackFacts c : candidates) {
            t = Math.max(t, c.firstSeen());
            for (TrackFacts.Source s : c.sources()) t = Math.max(t, s.firstSeen());
        }
        return t;
    }

    /** The keep chance of {@code t} now. */
    double probability(TrackFacts t) {
        return weights.probability(Features.vector(t, now, ledger, voices), priorLogit);
    }
}
