package org.musicminion.discover.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.musicminion.discover.ExitCode;
import org.musicminion.discover.ExitException;
import org.musicminion.discover.soundcloud.SoundCloud;
import org.musicminion.discover.unfollow.Unfollow;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code unfollow [URN...] [--yes] [--dry-run]}: stop following artists on SoundCloud, after a confirmation. */
@Command(name = "unfollow", mixinStandardHelpOptions = true,
        description = {"Stop following artists on SoundCloud (DELETE /me/followings/{urn}). URN: soundcloud:users:N or the id;"
                + " none (or -) reads stdin, one a line, or this tool's NDJSON (e.g. artists --noisy) by its \"urn\".",
                "On a terminal it names the artists and asks first; from a script pass --yes. The index keeps the artists and"
                + " their history; artists shows them as no longer followed. One NDJSON line per input:"
                + " {\"input\",\"urn\",\"username\",\"status\":\"unfollowed\"|\"not_followed\"|\"would_unfollow\"|\"invalid\"|\"failed\",\"error\"}."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:an input was not a user URN, or you declined", "2:usage error (e.g. no terminal to ask and no --yes)",
                "4:not authenticated", "5:some requests failed after all retries"})
public final class UnfollowCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--yes", description = "Do not ask (for scripts).")
    boolean yes;

    @Option(names = "--dry-run", description = "Say what would be unfollowed; send nothing, change nothing.")
    boolean dryRun;

    @Parameters(paramLabel = "URN", arity = "0..*", description = "Artist URN or id; - reads stdin.")
    List<String> urns = List.of();

    @Override
    public Integer call() {
        AppContext ctx = Cli.of(spec).context();
        List<String> inputs = new ArrayList<>();
        boolean fromStdin = urns.isEmpty() || urns.contains("-");
        new InputLines(urns, ctx.terminal().in(), List.of("urn")).forEachRemaining(inputs::add);
        if (inputs.isEmpty()) {
            ctx.output().summaryLine("unfollow: nobody to unfollow (no URN given, nothing on stdin)", false);
            return ExitCode.OK;
        }
        if (!dryRun && !yes) confirm(ctx, inputs, fromStdin);
        SoundCloud soundcloud = dryRun ? null : new SoundCloud(ctx.api(ctx.userTokens()), ctx.settings().sync().pageSize());
        List<Unfollow.Line> lines = new Unfollow(ctx.database(), soundcloud, ctx.clock()).run(inputs, dryRun);
        NdjsonWriter out = ctx.output().ndjson();
        int done = 0;
        int invalid = 0;
        int failed = 0;
        for (Unfollow.Line l : lines) {
            out.write(l);
            switch (l.status()) {
                case UNFOLLOWED, NOT_FOLLOWED, WOULD_UNFOLLOW -> done++;
                case INVALID -> {
                    invalid++;
                    ctx.output().warn(l.input() + ": " + l.error() + "; nothing sent");
                }
                case FAILED -> {
                    failed++;
                    ctx.output().warn(l.urn() + ": not unfollowed: " + l.error());
                }
            }
        }
        int code = invalid > 0 ? ExitCode.FAILED : failed > 0 ? ExitCode.PARTIAL : ExitCode.OK;
        ctx.output().summaryLine("unfollow: " + done + (dryRun ? " would be unfollowed" : " unfollowed")
                + (invalid > 0 ? ", " + invalid + " invalid" : "") + (failed > 0 ? ", " + failed + " failed (rerun to retry)" : ""),
                code != ExitCode.OK);
        return code;
    }

    /** Asks on the terminal; refuses (exit 2) when there is no terminal to ask, exit 1 when the answer is not yes. */
    private static void confirm(AppContext ctx, List<String> inputs, boolean fromStdin) {
        if (fromStdin || !AuthCommand.stdinIsTerminal()) {
            throw ExitException.usage("unfollow: refusing to unfollow " + inputs.size() + " artist(s) without a confirmation:"
                    + " run it on a terminal with the URNs as arguments, or pass --yes (--dry-run shows what it would do)");
        }
        List<String> names = new Unfollow(ctx.database(), null, ctx.clock()).names(inputs);
        ctx.output().prompt("Unfollow on SoundCloud: " + String.join(", ", names) + "? [y/N] ");
        String answer;
        try {
            answer = new BufferedReader(new InputStreamReader(ctx.terminal().in(), StandardCharsets.UTF_8)).readLine();
        } catch (IOException e) {
            answer = null;
        }
        String a = answer == null ? "" : answer.strip().toLowerCase(Locale.ROOT);
        if (!a.equals("y") && !a.equals("yes")) throw ExitException.failed("unfollow: cancelled; nobody was unfollowed");
    }
}
