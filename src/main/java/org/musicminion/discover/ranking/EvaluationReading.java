package org.musicminion.discover.ranking;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code evaluate}'s figures in plain words, for people (stderr); the JSON carries the numbers. */
public final class EvaluationReading {
    private EvaluationReading() {}

    public static List<String> of(Evaluation e) {
        List<String> out = new ArrayList<>();
        out.add(e.verdicts() + " verdicts: the older " + e.train() + " teach, the newer " + e.test() + " test"
                + (e.test() == 0 ? "." : " (" + percent(e.testKeepRate()) + " of those you kept)."));
        if (e.heuristic() == null) {
            out.add("Nothing to test yet: judge more of the Discovery playlist and run evaluate again.");
            return out;
        }
        out.add("AUC is the chance that a track you kept scores above one you did not: 0.5 is a coin toss, 1 is perfect;"
                + " ± is two standard errors, the room chance leaves with this few verdicts.");
        out.add(line("heuristic", e.heuristic()) + "; " + (e.model() == null ? "model: not fitted yet (ranking.min_verdicts, or"
                + " training holds one kind of verdict only)" : line("model", e.model())) + "; " + line("music-minion", e.musicMinion()) + ".");
        Evaluation.Figures used = e.ranking() == RankingKind.MODEL ? e.model() : e.ranking() == RankingKind.HEURISTIC ? e.heuristic()
                : e.musicMinion();
        out.add("sync ranks with the " + e.ranking() + (used.tellsApart()
                ? "; its AUC is clearly " + (used.auc() > 0.5 ? "above" : "below") + " a coin's."
                : "; with this few test verdicts it cannot be told apart from a coin yet (its ± reaches 0.5): judge more and look again."));
        if (!e.calibration().isEmpty()) {
            StringBuilder b = new StringBuilder("Calibration (test verdicts in ten groups by predicted keep chance; predicted → kept):");
            for (Evaluation.Decile d : e.calibration()) b.append(' ').append(percent(d.predicted())).append("→").append(percent(d.kept()));
            out.add(b.append(". Close pairs mean the scores can be read as keep chances.").toString());
        }
        out.add("These verdicts are on tracks a ranking chose to show you: the figures compare orderings within what you heard,"
                + " not what was left out.");
        return out;
    }

    private static String line(String name, Evaluation.Figures f) {
        return String.format(Locale.ROOT, "%s: AUC %.2f ± %.2f, kept among its top 20 %s", name, f.auc(), 2 * f.aucSe(),
                percent(f.precisionAt20()));
    }

    private static String percent(double rate) {
        return Math.round(rate * 100) + " %";
    }
}
