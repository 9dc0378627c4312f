package org.musicminion.discover.cli;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import org.musicminion.discover.ExitCode;
import org.musicminion.discover.ExitException;
import org.musicminion.discover.http.RetryPolicy;
import org.musicminion.discover.resolve.ResolveRunner;
import org.musicminion.discover.resolve.ResolveSession;
import org.musicminion.discover.resolve.ResolveResult;
import org.musicminion.discover.resolve.ResolveSummary;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code resolve [INPUT...]}: SoundCloud URLs or slugs to ids, one NDJSON line per input in input order. */
@Command(name = "resolve",
        description = {"Resolve SoundCloud URLs or slugs (artist/track) to ids and URNs.",
                "No INPUT (or -): one a line from stdin, blank lines skipped. Prints one JSON line per input, in input order;",
                "answers are kept in the database and reused (--no-cache asks again)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input answered (not_found and invalid are answers)", "1:failed", "2:usage error",
                "4:not authenticated", "5:some inputs failed after all retries (rerun to retry them)", "130:interrupted"})
public final class ResolveCommand implements Callable<Integer> {
    /** A JSON line on input (from `resolve`, `tracks`, `artists`) names its URL by the first of these fields. */
    static final List<String> JSON_FIELDS = List.of("input", "permalink_url", "urn", "id");

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "INPUT", arity = "0..*", description = "URL or slug; - reads stdin.")
    List<String> inputs = List.of();

    @Option(names = {"-j", "--concurrency"}, paramLabel = "N",
            description = "Requests in flight at once, 1..256 (default: the config key resolve.concurrency, 15).")
    Integer concurrency;

    @Option(names = "--retries", paramLabel = "N", description = "Retries per request, 0..100 (default: http.max_retries).")
    Integer retries;

    @Option(names = "--no-cache", description = "Ask the server again even for inputs answered before.")
    boolean noCache;

    @Override
    public Integer call() {
        AppContext ctx = Cli.of(spec).context();
        int j = concurrency != null ? concurrency : ctx.settings().resolve().concurrency();
        if (j < 1 || j > 256) throw ExitException.usage("--concurrency must be between 1 and 256 (got " + j + ")");
        if (retries != null && (retries < 0 || retries > 100)) {
            throw ExitException.usage("--retries must be between 0 and 100 (got " + retries + ")");
        }
        RetryPolicy policy = retries == null ? ctx.retryPolicy() : RetryPolicy.builder().maxRetries(retries)
                .maxRetryAfter(ctx.settings().http().maxRetryAfter()).build();
        java.util.function.Consumer<ResolveResult> out = ctx.output().lines(ResolveCommand::line);
        ResolveSession session = ctx.resolveSession(j, policy, !noCache, out);
        ResolveRunner runner = session.runner();
        Thread hook = new Thread(() -> { // Ctrl-C: stop, and save the answers already known before the JVM exits
            runner.cancel();
            try {
                runner.awaitSaved(Duration.ofSeconds(5));
            } catch (InterruptedException ignored) {
                // exiting anyway
            }
        }, "resolve-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
        ResolveSummary s;
        try {
            s = runner.run(new InputLines(inputs, ctx.terminal().in(), JSON_FIELDS));
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is exiting (Ctrl-C): the hook already ran
            }
        }
        int code = s.interrupted() ? ExitCode.INTERRUPTED : s.failed() == 0 ? ExitCode.OK
                : s.failed() > s.failedPermanent() ? ExitCode.PARTIAL : ExitCode.FAILED;
        ctx.output().summaryLine(summary(s, session.requests(), session.throttled()), code != ExitCode.OK);
        return code;
    }

    /** For people, as the answers come: what became of the input, the URN (or why not), the input. */
    static String line(ResolveResult r) {
        String what = r.status() == ResolveResult.Status.RESOLVED ? r.urn() + (r.cached() ? " (cached)" : "")
                : r.error() != null ? r.error() : "";
        return String.format(java.util.Locale.ROOT, "%-9s  %-32s  %s", r.status().word(), what, r.input());
    }

    static String summary(ResolveSummary s, long requests, long throttled) {
        return String.format(java.util.Locale.ROOT,
                "resolve: %d resolved, %d not found, %d failed, %d invalid (%d from cache) in %.2f s, %.0f/s; %d requests, %d answered 429",
                s.resolved(), s.notFound(), s.failed(), s.invalid(), s.cached(), s.elapsed().toMillis() / 1000.0,
                s.perSecond(), requests, throttled);
    }
}
