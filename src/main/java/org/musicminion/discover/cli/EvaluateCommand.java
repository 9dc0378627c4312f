package org.musicminion.discover.cli;

import java.util.concurrent.Callable;

import org.musicminion.discover.ExitCode;
import org.musicminion.discover.ranking.Evaluation;
import org.musicminion.discover.ranking.EvaluationReading;
import org.musicminion.discover.ranking.RankingRules;
import org.musicminion.discover.triage.IndexRanking;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code evaluate}: the chronological comparison of the heuristic and the keep model on the listener's verdicts. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Compare the discovery rankings on your own verdicts: the older ~70 %% train, the newer rest test.",
                "Prints {\"verdicts\",\"train\",\"test\",\"test_keep_rate\",\"heuristic\":{\"precision_at_20\",\"precision_at_50\",\"auc\",\"auc_se\"},"
                        + "\"model\":{...}|null,\"music_minion\":{...},\"ranking\":\"model\"|\"heuristic\"|\"music-minion\","
                        + "\"calibration\":[{\"predicted\",\"kept\",\"verdicts\"}]}; model is null below ranking.min_verdicts"
                        + " or when training holds only one kind of verdict. ranking says which one sync uses now; stderr says what"
                        + " the numbers mean; on a terminal stdout says it instead of the JSON."})
public final class EvaluateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        AppContext ctx = Cli.of(spec).context();
        Evaluation e = new IndexRanking(ctx.database(), RankingRules.of(ctx.settings()), ctx.clock()).evaluation();
        ctx.output().result(e, EvaluateCommand::words);
        if (ctx.output().json()) for (String line : EvaluationReading.of(e)) ctx.output().info(line);
        return ExitCode.OK;
    }

    /** For people: the figures in words (the ranking's own reading of them), on stdout. */
    static void words(Evaluation e, Screen screen) {
        for (String line : EvaluationReading.of(e)) screen.line(line);
    }
}
