package org.musicminion.discover.http;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.musicminion.discover.Sleeper;

import okhttp3.Interceptor;
import okhttp3.OkHttpClient;

/**
 * Makes {@link ApiClient}s that share one OkHttpClient, retry policy, clock, sleeper, timeout and
 * request log: what a feature needs to talk HTTP, handed over as one value. The OkHttpClient is
 * built on first use (a run that finds a valid cached token needs none). Immutable; thread-safe.
 */
public final class ApiClients {
    private final Supplier<OkHttpClient> http;
    private final RetryPolicy policy;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Duration timeout;
    private final Consumer<String> log;
    private final AttemptListener pacing;
    private final Pages.Limits listLimits;
    private final BodyBudget bodyBudget;

    /** @param log where each attempt is logged, or null for nowhere */
    public ApiClients(Supplier<OkHttpClient> http, RetryPolicy policy, Clock clock, Sleeper sleeper, Duration timeout,
                      Consumer<String> log) {
        this(http, policy, clock, sleeper, timeout, log, AttemptListener.NONE, Pages.Limits.DEFAULT, BodyBudget.PROCESS);
    }

    /**
     * @param pacing     hooks around every attempt of every client made here: the process's one
     *                   {@link AdaptiveRateLimiter}, so every command keeps to the server's rate together
     * @param listLimits the bounds of every {@link Pages} read through these clients
     * @param bodyBudget the bytes of response bodies in flight at once, across all of them
     */
    public ApiClients(Supplier<OkHttpClient> http, RetryPolicy policy, Clock clock, Sleeper sleeper, Duration timeout,
                      Consumer<String> log, AttemptListener pacing, Pages.Limits listLimits, BodyBudget bodyBudget) {
        this.http = memoize(http);
        this.policy = policy;
        this.clock = clock;
        this.sleeper = sleeper;
        this.timeout = timeout;
        this.log = log;
        this.pacing = pacing;
        this.listLimits = listLimits;
        this.bodyBudget = bodyBudget;
    }

    /** A client for {@code baseUrl} that authenticates with {@code tokens} (null: no Authorization header). */
    public ApiClient client(String baseUrl, TokenSource tokens) {
        return new ApiClient(http.get(), baseUrl, policy, clock, sleeper, timeout, tokens, log, pacing, listLimits, bodyBudget);
    }

    /** The same, with another retry policy. */
    public ApiClients withPolicy(RetryPolicy p) {
        return new ApiClients(http, p, clock, sleeper, timeout, log, pacing, listLimits, bodyBudget);
    }

    /** The same, on a copy of the OkHttpClient (sharing its pool) with one more application interceptor. */
    public ApiClients withInterceptor(Interceptor interceptor) {
        Supplier<OkHttpClient> base = http;
        return new ApiClients(() -> base.get().newBuilder().addInterceptor(interceptor).build(), policy, clock, sleeper,
                timeout, log, pacing, listLimits, bodyBudget);
    }

    /** The same, each attempt first checked against {@code deadline} (then paced as before). */
    public ApiClients withDeadline(RunDeadline deadline) {
        return new ApiClients(http, policy, clock, sleeper, timeout, log, AttemptListener.both(deadline, pacing), listLimits, bodyBudget);
    }

    public RetryPolicy policy() {
        return policy;
    }

    public OkHttpClient http() {
        return http.get();
    }

    private static <T> Supplier<T> memoize(Supplier<T> s) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) value = s.get();
                return value;
            }
        };
    }
}
