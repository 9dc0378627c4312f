package org.musicminion.discover.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.musicminion.discover.ExitCode;
import org.musicminion.discover.ranking.DiscoveryRanker;
import org.musicminion.discover.ranking.Evaluation;
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
                        + " or when training holds only one kind of verdict. ranking says which one sync uses now."})
public final class EvaluateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        AppContext ctx = Cli.of(spec).context();
        RankingRules rules = RankingRules.of(ctx.settings());
        List<Verdict> verdicts = ctx.database().read(RankingData::verdicts);
        Evaluation e = new DiscoveryRanker(rules).evaluate(verdicts);
        ctx.output().result(e);
        ctx.output().info(e.verdicts() + " verdicts (" + e.train() + " train, " + e.test() + " test): "
                + figures("heuristic", e.heuristic()) + "; " + figures("model", e.model()) + "; " + figures("music-minion", e.music_minion())
                + "; ranking: " + e.ranking());
        return ExitCode.OK;
    }

    private static String figures(String name, Evaluation.Figures f) {
        return f == null ? name + " n/a" : name + " p@20 " + f.precision_at_20() + ", p@50 " + f.precision_at_50() + ", AUC " + f.auc();
    }
}
