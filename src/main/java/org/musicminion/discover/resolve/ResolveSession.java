package org.musicminion.discover.resolve;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.musicminion.discover.http.AdaptiveRateLimiter;
import org.musicminion.discover.http.ApiClient;
import org.musicminion.discover.http.TokenSource;
import org.musicminion.discover.soundcloud.SoundCloud;
import org.musicminion.discover.store.Database;
import org.musicminion.discover.store.ResolveAnswers;

/**
 * Wires a {@link ResolveRunner} the way every caller needs it (resolve, judge): the resolve token
 * (user, else app), the latency-derived attempt timeout, and the
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

    /**
     * A session: {@code sink} receives the answers in input order. The token is read and {@code database}
     * opens on background threads while {@code api} builds its client (each is asked for once); without cache
     * reads the first requests go out before the database is ready.
     *
     * @param tokens   the resolve token (the user's, else the app's)
     * @param api      the API client that authenticates with a given token source; it paces its attempts
     *                 through {@code limiter}, the process's shared rate
     * @param limiter  the process's shared rate limiter (read for the count of 429s)
     * @param database the answer cache's database
     */
    public static ResolveSession open(TokenSource tokens, Function<TokenSource, ApiClient> api, AdaptiveRateLimiter limiter,
                                      Supplier<Database> database, Clock clock, ResolveRunner.Settings settings,
                                      Consumer<ResolveResult> sink) {
        preloadInBackground(tokens); // every request needs it first: read it while the database opens
        ApiClient client = api.apply(tokens);
        Resolver resolver = new Resolver(new SoundCloud(client), tokens, new LatencyTimeout(TIMEOUT_FLOOR));
        ResolveRunner runner = new ResolveRunner(resolver::resolve, openInBackground(database), clock, settings, sink);
        return new ResolveSession(client, limiter, runner);
    }

    private static CompletableFuture<ResolveAnswers> openInBackground(Supplier<Database> database) {
        CompletableFuture<ResolveAnswers> cache = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                cache.complete(new ResolveAnswers(database.get()));
            } catch (Throwable e) {
                cache.completeExceptionally(e);
            }
        }, "resolve-cache-open");
        t.setDaemon(true); // the runner waits for it before its first save
        t.start();
        return cache;
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
