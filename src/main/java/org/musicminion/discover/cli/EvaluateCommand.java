package org.musicminion.discover.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.musicminion.discover.ExitCode;
import org.musicminion.discover.ranking.DiscoveryRanker;
import org.musicminion.discover.ranking.Evaluation;
import org.musicminion.discover.ranking.RankingKind;
import org.musicminion.discover.ranking.RankingRules;
import org.musicminion.discover.ranking.Verdict;
import org.musicminion.discover.store.RankingData;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code evaluate}: the chronological comparison of the heuristic and the keep model on the listener's verdicts. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Compare the discovery rankings on your own verdicts: the older ~70 %% train, the newer rest test.",
                "Prints {\"verdicts\",\"train\",\"test\",\"heuristic\":{\"precision_at_20\",\"precision_at_50\",\"auc\"},"
                        + "\"model\":{...}|null,\"music_minion\":{...},\"ranking\":\"model\"|\"heuristic\"|\"music-minion\"}; model is null below ranking.min_verdicts"
                        + " or when training holds only one kind of verdict. ranking says which one sync uses now.",
                "On a terminal: the same in words."})
public final class EvaluateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        AppContext ctx = Cli.of(spec).context();
        RankingRules rules = RankingRules.of(ctx.settings());
        List<Verdict> verdicts = ctx.database().read(RankingData::verdicts);
        Evaluation e = new DiscoveryRanker(rules).evaluate(verdicts);
        ctx.output().result(e, (x, screen) -> words(x, rules.minVerdicts(), screen));
        if (ctx.output().json()) {
            ctx.output().info(e.verdicts() + " verdicts (" + e.train() + " train, " + e.test() + " test): "
                    + figures("heuristic", e.heuristic()) + "; " + figures("model", e.model()) + "; " + figures("music-minion", e.musicMinion())
                    + "; ranking: " + e.ranking());
        }
        return ExitCode.OK;
    }

    /** The figures in words, for people: what was compared, what each number means, which ranking sync uses. */
    static void words(Evaluation e, int minVerdicts, Screen screen) {
        if (e.heuristic() == null) {
            screen.line(e.verdicts() == 0 ? "No verdicts yet, so there is nothing to measure the rankings on."
                    : "Only " + e.verdicts() + " verdict(s), all recorded at once: too few to keep some back for a test.");
            screen.line("Judge tracks (`minion-discover judge`, or like them and fill your judgment playlists on SoundCloud, then"
                    + " `minion-discover sync`), then run evaluate again.");
            return;
        }
        screen.line(e.verdicts() + " verdicts: the older " + e.train() + " trained the rankings, the newer " + e.test()
                + " tested them (you kept " + ArtistsCommand.percent(e.testKeepRate()) + " of those, what picking at random would keep).");
        screen.line(figuresInWords("heuristic", e.heuristic()));
        if (e.model() == null) {
            screen.line("model:     not compared: it needs " + minVerdicts + " verdicts (ranking.min_verdicts; you have " + e.verdicts()
                    + ") with both kept and skipped ones among the older ones.");
        } else {
            screen.line(figuresInWords("model", e.model()));
        }
        if (e.musicMinion() != null) screen.line(figuresInWords("Music Minion's waterfall", e.musicMinion()));
        screen.line("sync ranks with the " + e.ranking() + switch (e.ranking()) {
            case MODEL -> ": it kept more of its top 20 on the test.";
            case HEURISTIC -> " (the model ranks only when its top 20 keep more than the heuristic's, with ranking.model = \"auto\").";
            default -> " (ranking.model says so).";
        });
    }

    private static String figuresInWords(String name, Evaluation.Figures f) {
        return String.format(java.util.Locale.ROOT, "%s you kept %s of its top 20 and %s of its top 50; AUC %.2f: a track you kept"
                        + " outranks one you did not %s of the time (0.50 is chance).", name + ":", ArtistsCommand.percent(f.precisionAt20()),
                ArtistsCommand.percent(f.precisionAt50()), f.auc(), ArtistsCommand.percent(f.auc()));
    }

    private static String figures(String name, Evaluation.Figures f) {
        return f == null ? name + " n/a" : name + " p@20 " + f.precisionAt20() + ", p@50 " + f.precisionAt50() + ", AUC " + f.auc();
    }
}
