package org.musicminion.discover.http;

import java.time.Duration;

/** Hooks around every HTTP attempt, e.g. a shared rate limiter that paces and learns from 429s. */
public interface AttemptListener {
    AttemptListener NONE = new AttemptListener() {};

    /** Called before each attempt; may block (a rate limiter waiting for a slot). */
    default void beforeAttempt() throws InterruptedException {}

    /**
     * The timeout for attempt number {@code attempt} (1-based) of a call whose configured timeout is
     * {@code planned}; e.g. a tight timeout derived from observed latency. Default: {@code planned}.
     */
    default Duration attemptTimeout(int attempt, Duration planned) {
        return planned;
    }

    /** Called after each attempt with its classification. */
    default void afterAttempt(Outcome outcome) {}

    /** {@code first}'s hooks, then {@code then}'s (timeouts: {@code then} adjusts what {@code first} planned). */
    static AttemptListener both(AttemptListener first, AttemptListener then) {
        return new AttemptListener() {
            @Override
            public void beforeAttempt() throws InterruptedException {
                first.beforeAttempt();
                then.beforeAttempt();
            }

            @Override
            public Duration attemptTimeout(int attempt, Duration planned) {
                return then.attemptTimeout(attempt, first.attemptTimeout(attempt, planned));
            }

            @Override
            public void afterAttempt(Outcome outcome) {
                first.afterAttempt(outcome);
                then.afterAttempt(outcome);
            }
        };
    }
}
