package org.musicminion.discover.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;

import org.musicminion.discover.Sleeper;

/**
 * One request rate shared by every request of the process (AIMD): {@code AppContext} builds one and every
 * {@link ApiClient} it makes paces each attempt through it, so resolve, sync, judge and auth keep to
 * the server's limit together. It starts unlimited; the first 429 sets the rate
 * just under what the server accepted in the last second, later 429s cut it multiplicatively (once
 * per round: answers to requests sent before the last cut do not cut again), a Retry-After pauses
 * everyone until then (at most {@code http.max_retry_after_seconds}: a server asking for more does not
 * stall the process, only its own request fails as {@code rate_limited}), and every accepted request raises the rate additively (about +1 request/s
 * per second). Under a server limit of R/s it settles just under R instead of bouncing off it.
 * Requests are spaced evenly (no bursts). Time comes from the injected clock and sleeper.
 * Thread-safe.
 */
public final class AdaptiveRateLimiter implements AttemptListener {
    static final double DECREASE = 0.9;
    static final double MIN_RATE = 0.5;
    static final double UNLIMITED_ABOVE = 5_000;
    private static final long SECOND = 1_000_000_000L;

    private final Clock clock;
    private final Sleeper sleeper;
    private final long maxPauseNanos;
    private final ThreadLocal<Long> sentAt = new ThreadLocal<>();
    private final ArrayDeque<Long> accepted = new ArrayDeque<>(); // times of accepted answers in the last second

    private double rate = Double.POSITIVE_INFINITY;
    private long nextSlot;
    private long pausedUntil = Long.MIN_VALUE;
    private long lastCut = Long.MIN_VALUE;
    private long throttled;
    private long cuts;

    public AdaptiveRateLimiter(Clock clock, Sleeper sleeper) {
        this(clock, sleeper, RetryPolicy.builder().build().maxRetryAfter());
    }

    /** @param maxPause the longest a Retry-After pauses everyone ({@code http.max_retry_after_seconds}) */
    public AdaptiveRateLimiter(Clock clock, Sleeper sleeper, Duration maxPause) {
        this.clock = clock;
        this.sleeper = sleeper;
        this.maxPauseNanos = maxPause.compareTo(RetryAfter.LONGEST) > 0 ? RetryAfter.LONGEST.toNanos() : maxPause.toNanos();
    }

    /** Requests per second now; infinite while no 429 was seen. */
    public synchronized double rate() {
        return rate;
    }

    /** 429 answers seen so far. */
    public synchronized long throttled() {
        return throttled;
    }

    /** How many times the rate was cut. */
    public synchronized long cuts() {
        return cuts;
    }

    /**
     * Blocks until this worker may send: after any pause and at its evenly spaced slot, both reserved at
     * once (one sleep, so an injected sleeper that does not move the clock cannot make it spin).
     */
    @Override
    public void beforeAttempt() throws InterruptedException {
        long wait;
        synchronized (this) {
            long now = now();
            long start = Math.max(now, pausedUntil);
            if (Double.isInfinite(rate)) {
                wait = start - now;
            } else {
                long slot = Math.max(start, nextSlot);
                nextSlot = slot + (long) (SECOND / rate);
                wait = slot - now;
            }
            sentAt.set(now + wait);
        }
        if (wait > 0) sleeper.sleep(Duration.ofNanos(wait));
    }

    @Override
    public void afterAttempt(Outcome outcome) {
        Long sent = sentAt.get();
        sentAt.remove();
        synchronized (this) {
            long now = now();
            if (outcome.kind() == OutcomeKind.THROTTLED) {
                throttled++;
                if (outcome.retryAfter() != null) {
                    long pause = outcome.retryAfter().compareTo(Duration.ofNanos(maxPauseNanos)) > 0 ? maxPauseNanos
                            : outcome.retryAfter().toNanos();
                    pausedUntil = Math.max(pausedUntil, saturatedAdd(now, pause));
                }
                if (sent == null || sent >= lastCut) cut(now);
            } else if (outcome.success() || outcome.kind() == OutcomeKind.NOT_FOUND) {
                accepted.addLast(now);
                prune(now);
                if (!Double.isInfinite(rate)) {
                    rate += Math.max(1.0, 0.05 * rate) / rate;
                    if (rate > UNLIMITED_ABOVE) rate = Double.POSITIVE_INFINITY;
                }
            }
        }
    }

    private void cut(long now) {
        prune(now);
        double acceptedLastSecond = Math.max(accepted.size(), 1);
        double base = Double.isInfinite(rate) ? acceptedLastSecond : Math.min(rate, Math.max(acceptedLastSecond, rate * DECREASE));
        rate = Math.max(MIN_RATE, base * DECREASE);
        lastCut = now;
        cuts++;
        nextSlot = Math.max(nextSlot, now);
    }

    private static long saturatedAdd(long a, long b) {
        long r = a + b;
        return ((a ^ r) & (b ^ r)) < 0 ? Long.MAX_VALUE : r;
    }

    private void prune(long now) {
        while (!accepted.isEmpty() && accepted.peekFirst() <= now - SECOND) accepted.removeFirst();
    }

    private long now() {
        Instant i = clock.instant();
        return i.getEpochSecond() * SECOND + i.getNano();
    }
}
