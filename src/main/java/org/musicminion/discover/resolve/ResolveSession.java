package org.musicminion.discover.resolve;

import java.time.Duration;
import java.util.function.Consumer;

import org.musicminion.discover.AppContext;
import org.musicminion.discover.http.AdaptiveRateLimiter;
import org.musicminion.discover.http.ApiClient;
import org.musicminion.discover.http.RetryPolicy;
import org.musicminion.discover.http.TokenSource;
import org.musicminion.discover.store.ResolveAnswers;

/**
 * Wires a {@link ResolveRunner} the way every caller needs it (resolve, judge): the resolve token
 * (user, else app), the process's shared adaptive rate limiter, the latency-derived attempt timeout, and the
 * answer cache in the database.
 */
public final class ResolveSession {
    /** How short a latency-derived per-attempt timeout may get. */
    public static final Duration TIMEOUT_FLOOR = Duration.ofSeconds(1);

    private final ApiClient api;
    private final AdaptiveRateLimiter limiter;
    private final ResolveRunner runner;

    private ResolveSession(ApiClient api, AdaptiveRateLimiter limiter, ResolveRunner runner) {
        this.api = api;
        this.limiter = limiter;
        this.runner = runner;
    }

    /** A session over {@code ctx}: {@code sink} receives the answers in input order. */
    public static ResolveSession open(AppContext ctx, int concurrency, RetryPolicy policy, boolean readCache,
                                      Consumer<ResolveResult> sink) {
        var tokens = ctx.resolveTokens();
        preloadInBackground(tokens); // every request needs it first: read it while the database opens
        ApiClient api = ctx.api(tokens, policy);
        Resolver resolver = new Resolver(api, tokens, new LatencyTimeout(TIMEOUT_FLOOR));
        ResolveRunner runner = new ResolveRunner(resolver::resolve, new ResolveAnswers(ctx.database()), ctx.clock(),
                ResolveRunner.Settings.of(concurrency, readCache), sink);
        return new ResolveSession(api, ctx.rateLimiter(), runner);
    }

    private static void preloadInBackground(TokenSource tokens) {
        Thread t = new Thread(tokens::preload, "resolve-token-preload");
        t.setDaemon(true); // reads a file only: nothing is lost if the process ends first
        t.start();
    }

    public ResolveRunner runner() {
        return runner;
    }

    /** HTTP requests sent so far. */
    public long requests() {
        return api.requestCount();
    }

    /** Attempts answered 429 so far. */
    public long throttled() {
        return limiter.throttled();
    }
}
