package org.musicminion.discover.ranking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

import org.musicminion.discover.config.Settings;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The chronological comparison of the rankings on your own verdicts: verdicts sorted by when they were recorded,
 * the oldest ~70 % train, the newer rest test; verdicts recorded at the same instant stay on one side. Each test
 * verdict is scored as the ranking would have scored it just before it was given (its evidence from the verdicts
 * before it, never its own or a later one); the keep model's weights are fitted on the training verdicts only.
 * Only verdicts on tracks a followed account had surfaced are scored (the rankings never propose the others).
 * Figures: precision at 20 and 50, AUC with its standard error, and for the ranking in use the calibration: test
 * verdicts in ten groups by predicted keep chance, predicted against kept.
 */
@JsonPropertyOrder({"verdicts", "train", "test", "test_keep_rate", "heuristic", "model", "music_minion", "ranking", "calibration"})
public record Evaluation(int verdicts, int train, int test, double testKeepRate, Figures heuristic, Figures model,
                         Figures musicMinion, RankingKind ranking, List<Decile> calibration) {
    static final double TRAIN_SHARE = 0.7;

    /** One ranking's figures on the test verdicts. */
    @JsonPropertyOrder({"precision_at_20", "precision_at_50", "auc", "auc_se"})
    public record Figures(double precisionAt20, double precisionAt50, double auc, double aucSe) {
        /** True when the AUC is more than two standard errors from a coin's 0.5 either way. */
        public boolean tellsApart() {
            return Math.abs(auc - 0.5) > 2 * aucSe;
        }
    }

    /** One tenth of the test verdicts by predicted keep chance: the mean prediction and the share kept. */
    @JsonPropertyOrder({"predicted", "kept", "verdicts"})
    public record Decile(double predicted, double kept, int verdicts) {
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
     * Compares the rankings on {@code verdicts} ({@code voices} from the index's reposts). The model competes only
     * with at least {@code minVerdicts} verdicts and both outcomes among its training rows; {@code ranking} says
     * which ranks: the waterfall when {@code choice} names it, with {@code auto} the model when its AUC is at least
     * the heuristic's (it never ranks below the heuristic it replaces), else the heuristic.
     */
    public static Evaluation run(List<Verdict> verdicts, Voices voices, int minVerdicts, Settings.Ranking.Model choice) {
        return run(verdicts, KeepModel.history(verdicts, voices), minVerdicts, choice);
    }

    static Evaluation run(List<Verdict> verdicts, KeepModel.History history, int minVerdicts, Settings.Ranking.Model choice) {
        Split s = split(verdicts);
        long boundary = s.test().isEmpty() ? Long.MAX_VALUE : s.test().get(0).judgedAt();
        List<KeepModel.Row> trainRows = new ArrayList<>();
        List<KeepModel.Row> testRows = new ArrayList<>();
        for (KeepModel.Row r : history.rows()) (r.verdict().judgedAt() < boundary ? trainRows : testRows).add(r);
        int kept = 0;
        for (KeepModel.Row r : testRows) if (r.kept()) kept++;
        double testRate = testRows.isEmpty() ? 0 : (double) kept / testRows.size();
        Figures heuristic = testRows.isEmpty() ? null : figures(testRows, r -> KeepModel.PRIOR.z(r.x(), r.priorLogit()));
        Figures model = null;
        KeepModel.Weights fitted = null;
        if (verdicts.size() >= minVerdicts && !testRows.isEmpty() && bothOutcomes(trainRows)) {
            fitted = KeepModel.fit(trainRows);
            KeepModel.Weights w = fitted;
            model = figures(testRows, r -> w.z(r.x(), r.priorLogit()));
        }
        Figures musicMinion = null;
        if (!testRows.isEmpty()) {
            MusicMinionWaterfall.HitRates rates = MusicMinionWaterfall.HitRates.of(s.train());
            musicMinion = figures(testRows, r -> MusicMinionWaterfall.score(r.verdict().track().asOf(r.verdict().judgedAt()), rates,
                    r.verdict().judgedAt()));
        }
        RankingKind ranking = choice == Settings.Ranking.Model.MUSIC_MINION ? RankingKind.MUSIC_MINION
                : choice == Settings.Ranking.Model.AUTO && model != null && model.auc() >= heuristic.auc()
                ? RankingKind.MODEL : RankingKind.HEURISTIC;
        List<Decile> calibration = List.of();
        if (ranking != RankingKind.MUSIC_MINION && !testRows.isEmpty()) {
            KeepModel.Weights w = ranking == RankingKind.MODEL ? fitted : KeepModel.PRIOR;
            calibration = calibration(testRows, w);
        }
        return new Evaluation(verdicts.size(), s.train().size(), s.test().size(), round(testRate), heuristic, model, musicMinion,
                ranking, calibration);
    }

    static boolean bothOutcomes(List<KeepModel.Row> rows) {
        boolean yes = false;
        boolean no = false;
        for (KeepModel.Row r : rows) {
            if (r.kept()) yes = true;
            else no = true;
        }
        return yes && no;
    }

    static Figures figures(List<KeepModel.Row> test, ToDoubleFunction<KeepModel.Row> scorer) {
        int n = test.size();
        double[] score = new double[n];
        boolean[] kept = new boolean[n];
        int pos = 0;
        for (int i = 0; i < n; i++) {
            score[i] = scorer.applyAsDouble(test.get(i));
            kept[i] = test.get(i).kept();
            if (kept[i]) pos++;
        }
        double auc = auc(score, kept);
        return new Figures(round(precisionAt(score, kept, 20)), round(precisionAt(score, kept, 50)), round(auc),
                round(aucStandardError(auc, pos, n - pos)));
    }

    /** Test rows in ten groups of (nearly) equal size by predicted keep chance, lowest first. */
    static List<Decile> calibration(List<KeepModel.Row> test, KeepModel.Weights w) {
        List<double[]> scored = new ArrayList<>(); // {predicted, kept}
        for (KeepModel.Row r : test) scored.add(new double[] {w.probability(r.x(), r.priorLogit()), r.kept() ? 1 : 0});
        scored.sort(Comparator.comparingDouble(x -> x[0]));
        List<Decile> out = new ArrayList<>();
        int n = scored.size();
        for (int d = 0; d < 10; d++) {
            int from = d * n / 10;
            int to = (d + 1) * n / 10;
            if (to <= from) continue;
            double predicted = 0;
            double kept = 0;
            for (int i = from; i < to; i++) {
                predicted += scored.get(i)[0];
                kept += scored.get(i)[1];
            }
            out.add(new Decile(round(predicted / (to - from)), round(kept / (to - from)), to - from));
        }
        return out;
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

    /** Hanley and McNeil's standard error of an AUC from {@code pos} kept and {@code neg} other verdicts (0.5 when one side is empty). */
    static double aucStandardError(double auc, int pos, int neg) {
        if (pos == 0 || neg == 0) return 0.5;
        double q1 = auc / (2 - auc);
        double q2 = 2 * auc * auc / (1 + auc);
        double v = (auc * (1 - auc) + (pos - 1) * (q1 - auc * auc) + (neg - 1) * (q2 - auc * auc)) / ((double) pos * neg);
        return Math.sqrt(Math.max(0, v));
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
