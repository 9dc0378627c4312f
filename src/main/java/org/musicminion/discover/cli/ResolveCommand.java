package org.musicminion.discover.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;

import org.musicminion.discover.AppContext;
import org.musicminion.discover.ExitCode;
import org.musicminion.discover.ExitException;
import org.musicminion.discover.http.ApiClient;
import org.musicminion.discover.http.RetryPolicy;
import org.musicminion.discover.resolve.AdaptiveRateLimiter;
import org.musicminion.discover.resolve.LatencyTimeout;
import org.musicminion.discover.resolve.ResolvePacing;
import org.musicminion.discover.resolve.ResolveRunner;
import org.musicminion.discover.resolve.ResolveSummary;
import org.musicminion.discover.resolve.Resolver;
import org.musicminion.discover.store.ResolveAnswers;

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
    /** How short a latency-derived per-attempt timeout may get. */
    static final Duration TIMEOUT_FLOOR = Duration.ofSeconds(1);

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "INPUT", arity = "0..*", description = "URL or slug; - reads stdin.")
    List<String> inputs = List.of();

    @Option(names = {"-j", "--concurrency"}, paramLabel = "N",
            description = "Requests in flight at once, 1..256 (default: resolve.concurrency, 15).")
    Integer concurrency;

    @Option(names = "--retries", paramLabel = "N", description = "Retries per request, 0..100 (default: http.max_retries).")
    Integer retries;

    @Option(names = "--no-cache", description = "Ask the server again even for inputs answered before.")
    boolean noCache;

    @Override
    public Integer call() {
        AppContext ctx = Cli.of(spec).context();
        int j = concurrency != null ? concurrency : ctx.config().getInt("resolve.concurrency");
        if (j < 1 || j > 256) throw ExitException.usage("--concurrency must be between 1 and 256 (got " + j + ")");
        if (retries != null && (retries < 0 || retries > 100)) {
            throw ExitException.usage("--retries must be between 0 and 100 (got " + retries + ")");
        }
        RetryPolicy policy = retries == null ? ctx.retryPolicy() : RetryPolicy.builder().maxRetries(retries)
                .maxRetryAfter(Duration.ofSeconds(ctx.config().getInt("http.max_retry_after_seconds"))).build();
        var tokens = ctx.resolveTokens();
        ApiClient api = new ApiClient(ctx.http(), ctx.config().getString("soundcloud.api_url"), policy, ctx.clock(),
                ctx.sleeper(), ctx.httpTimeout(), tokens, ctx.output()::verbose);
        AdaptiveRateLimiter limiter = new AdaptiveRateLimiter(ctx.clock(), ctx.sleeper());
        Resolver resolver = new Resolver(api, tokens, new ResolvePacing(limiter, new LatencyTimeout(TIMEOUT_FLOOR)));
        NdjsonWriter out = ctx.output().ndjson();
        ResolveRunner runner = new ResolveRunner(resolver::resolve, new ResolveAnswers(ctx.database()), ctx.clock(),
                ResolveRunner.Settings.of(j, !noCache), r -> out.write(r));
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
            s = runner.run(lines(ctx));
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is exiting (Ctrl-C): the hook already ran
            }
        }
        ctx.output().info(summary(s, api.requestCount(), limiter.throttled()));
        if (s.interrupted()) return ExitCode.INTERRUPTED;
        if (s.failed() == 0) return ExitCode.OK;
        return s.failed() > s.failedPermanent() ? ExitCode.PARTIAL : ExitCode.FAILED;
    }

    static String summary(ResolveSummary s, long requests, long throttled) {
        return String.format(java.util.Locale.ROOT,
                "resolve: %d resolved, %d not found, %d failed, %d invalid (%d from cache) in %.2f s, %.0f/s; %d requests, %d answered 429",
                s.resolved(), s.notFound(), s.failed(), s.invalid(), s.cached(), s.elapsed().toMillis() / 1000.0,
                s.perSecond(), requests, throttled);
    }

    /** The inputs: the arguments in order, "-" (or none at all) standing for the lines of stdin, read as needed. */
    private Iterator<String> lines(AppContext ctx) {
        List<String> args = inputs.isEmpty() ? List.of("-") : inputs;
        return new Iterator<>() {
            private int i;
            private BufferedReader stdin;
            private String next;

            @Override
            public boolean hasNext() {
                while (next == null) {
                    if (stdin != null) {
                        next = readLine();
                        if (next == null) stdin = null;
                        continue;
                    }
                    if (i >= args.size()) return false;
                    String a = args.get(i++);
                    if (a.equals("-")) stdin = new BufferedReader(new InputStreamReader(ctx.terminal().in(), StandardCharsets.UTF_8));
                    else next = a;
                }
                return true;
            }

            @Override
            public String next() {
                if (!hasNext()) throw new NoSuchElementException();
                String n = next;
                next = null;
                return n;
            }

            private String readLine() {
                try {
                    return stdin.readLine();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }
}
