package org.musicminion.discover.ranking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.musicminion.discover.config.Settings;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The chronological comparison of the heuristic and the keep model: verdicts sorted by when they were
 * recorded, the oldest ~70 % train (evidence counts and the model fit see only those; each training row
 * only the verdicts recorded before it), the newer rest test. Verdicts recorded at the same instant stay on one side, so
 * nothing from the test period reaches training. Both rankings are scored on the test verdicts with
 * precision at 20 and 50 and the area under the ROC curve, and so is Music Minion's waterfall (its order: age tier
 * at the verdict's time, then the reposter's raw hit rate on the training verdicts).
 */
@JsonPropertyOrder({"verdicts", "train", "test", "test_keep_rate", "heuristic", "model", "music_minion", "ranking"})
public record Evaluation(int verdicts, int train, int test, double testKeepRate, Figures heuristic, Figures model,
                         Figures musicMinion, RankingKind ranking) {
    static final double TRAIN_SHARE = 0.7;

    /** One ranking's figures on the test verdicts. */
    @JsonPropertyOrder({"precision_at_20", "precision_at_50", "auc"})
    public record Figures(double precisionAt20, double precisionAt50, double auc) {
    }

    /** The older and newer verdicts: every train verdict was recorded before every test verdict. */
    public record Split(List<Verdict> train, List<Verdict> test) {
    }

    /** Splits {@code verdicts} by time; both sides empty-safe (train empty when all share one instant). */
    public static Split split(List<Verdict> verdicts) {
        List<Verdict> sorted = new ArrayList<>(verdicts);
        sorted.sort(Comparator.comparingLong(Verdict::judgedAt).thenComparing(v -> v.track().urn()));
        if (sorted.isEmpty()) return new Split(List.of(), List.of());
        int cut = Math.min(sorted.size() - 1, (int) Math.floor(sorted.size() * TRAIN_SHARE));
        long boundary = sorted.get(cut).judgedAt();
        int first = cut;
        while (first > 0 && sorted.get(first - 1).judgedAt() == boundary) first--;
        if (first == 0) { // the cut fell in the oldest instant: move it past that instant instead
            while (cut < sorted.size() && sorted.get(cut).judgedAt() == boundary) cut++;
            first = cut;
        }
        return new Split(List.copyOf(sorted.subList(0, first)), List.copyOf(sorted.subList(first, sorted.size())));
    }

    /**
     * Compares both rankings on {@code verdicts}; the model competes only with at least {@code minVerdicts}
     * verdicts, a non-empty train and test side, and both outcomes in training. {@code ranking} says which
     * would rank: the waterfall when {@code choice} names it; with {@code auto}, the model only when its
     * precision at 20 beats the heuristic's.
     */
    public static Evaluation run(List<Verdict> verdicts, int minVerdicts, Settings.Ranking.Model choice) {
        Split s = split(verdicts);
        Evidence evidence = Evidence.of(s.train());
        int kept = 0;
        for (Verdict v : s.test()) if (v.kept()) kept++;
        double testRate = s.test().isEmpty() ? 0 : (double) kept / s.test().size();
        Figures heuristic = s.test().isEmpty() ? null : figures(s.test(), Scorer.HEURISTIC, evidence);
        Figures model = null;
        if (verdicts.size() >= minVerdicts && !s.test().isEmpty() && bothOutcomes(s.train())) {
            model = figures(s.test(), Scorer.of(fit(s.train())), evidence);
        }
        Figures musicMinion = null;
        if (!s.test().isEmpty()) {
            MusicMinionWaterfall.HitRates rates = MusicMinionWaterfall.HitRates.of(s.train());
            musicMinion = figures(s.test(), v -> MusicMinionWaterfall.score(v.track().asOf(v.judgedAt()), rates, v.judgedAt()));
        }
        RankingKind ranking = choice == Settings.Ranking.Model.MUSIC_MINION ? RankingKind.MUSIC_MINION
                : choice == Settings.Ranking.Model.AUTO && model != null && model.precisionAt20() > heuristic.precisionAt20()
                ? RankingKind.MODEL : RankingKind.HEURISTIC;
        return new Evaluation(verdicts.size(), s.train().size(), s.test().size(), testRate, heuristic, model, musicMinion, ranking);
    }

    /**
     * Fits the keep model on {@code verdicts}. Each row's features are what was known when it was judged: the
     * track's links by then and the evidence of the verdicts recorded strictly before it (never its own, nor any
     * later one; leaving only the row's own verdict out would let the model read the label back from the rates).
     */
    public static LogisticFit.Model fit(List<Verdict> verdicts) {
        Rows rows = rows(verdicts);
        return LogisticFit.fit(rows.x(), rows.y());
    }

    /** Training rows, oldest first, with the features known when each verdict was recorded. */
    record Rows(List<Verdict> verdicts, double[][] x, boolean[] y) {
    }

    static Rows rows(List<Verdict> verdicts) {
        List<Verdict> sorted = new ArrayList<>(verdicts);
        sorted.sort(Comparator.comparingLong(Verdict::judgedAt).thenComparing(v -> v.track().urn()));
        double[][] x = new double[sorted.size()][];
        boolean[] y = new boolean[sorted.size()];
        Evidence.Builder before = new Evidence.Builder();
        for (int i = 0; i < sorted.size(); ) {
            int j = i;
            long at = sorted.get(i).judgedAt();
            Evidence known = before.build();
            while (j < sorted.size() && sorted.get(j).judgedAt() == at) {
                Verdict v = sorted.get(j);
                x[j] = Features.of(v.track().asOf(at), known);
                y[j] = v.kept();
                j++;
            }
            for (int k = i; k < j; k++) before.add(sorted.get(k));
            i = j;
        }
        return new Rows(sorted, x, y);
    }

    static boolean bothOutcomes(List<Verdict> vs) {
        boolean yes = false;
        boolean no = false;
        for (Verdict v : vs) {
            if (v.kept()) yes = true;
            else no = true;
        }
        return yes && no;
    }

    static Figures figures(List<Verdict> test, Scorer scorer, Evidence evidence) {
        return figures(test, v -> scorer.score(v.track().asOf(v.judgedAt()), evidence));
    }

    static Figures figures(List<Verdict> test, java.util.function.ToDoubleFunction<Verdict> scorer) {
        int n = test.size();
        double[] score = new double[n];
        boolean[] kept = new boolean[n];
        for (int i = 0; i < n; i++) {
            Verdict v = test.get(i);
            score[i] = scorer.applyAsDouble(v);
            kept[i] = v.kept();
        }
        return new Figures(round(precisionAt(score, kept, 20)), round(precisionAt(score, kept, 50)), round(auc(score, kept)));
    }

    /** Share kept among the {@code k} best scored (all of them when fewer); ties broken by input order. */
    static double precisionAt(double[] score, boolean[] kept, int k) {
        Integer[] order = new Integer[score.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        java.util.Arrays.sort(order, (a, b) -> Double.compare(score[b], score[a]));
        int top = Math.min(k, order.length);
        if (top == 0) return 0;
        int hits = 0;
        for (int i = 0; i < top; i++) if (kept[order[i]]) hits++;
        return (double) hits / top;
    }

    /** The probability a random kept verdict scores above a random other one (ties count half); 0.5 when one side is empty. */
    static double auc(double[] score, boolean[] kept) {
        Integer[] order = new Integer[score.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        java.util.Arrays.sort(order, Comparator.comparingDouble(i -> score[i]));
        double rankSum = 0;
        int pos = 0;
        for (int i = 0; i < order.length; ) {
            int j = i;
            while (j < order.length && score[order[j]] == score[order[i]]) j++;
            double midRank = (i + 1 + j) / 2.0;
            for (int k = i; k < j; k++) if (kept[order[k]]) { rankSum += midRank; pos++; }
            i = j;
        }
        int neg = score.length - pos;
        if (pos == 0 || neg == 0) return 0.5;
        return (rankSum - pos * (pos + 1) / 2.0) / ((double) pos * neg);
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
