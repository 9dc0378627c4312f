package org.musicminion.discover.resolve;

import java.time.Duration;

import org.musicminion.discover.http.AttemptListener;
import org.musicminion.discover.http.Outcome;

/**
 * The attempt hooks of a resolve run: the shared rate limiter first (it may wait), then the latency
 * clock starts; the per-attempt timeout comes from observed latency. Thread-safe.
 */
public record ResolvePacing(AdaptiveRateLimiter limiter, LatencyTimeout timeout) implements AttemptListener {

    @Override
    public void beforeAttempt() throws InterruptedException {
        limiter.beforeAttempt();
        timeout.beforeAttempt();
    }

    @Override
    public Duration attemptTimeout(int attempt, Duration planned) {
        return timeout.attemptTimeout(attempt, planned);
    }

    @Override
    public void afterAttempt(Outcome outcome) {
        timeout.afterAttempt(outcome);
        limiter.afterAttempt(outcome);
    }
}
