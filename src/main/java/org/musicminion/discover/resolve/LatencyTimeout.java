package org.musicminion.discover.resolve;

import java.time.Duration;
import java.util.Arrays;

import org.musicminion.discover.http.AttemptListener;
import org.musicminion.discover.http.Outcome;
import org.musicminion.discover.http.OutcomeKind;

/**
 * A per-attempt timeout derived from observed latency, so that a hung request gives its slot back
 * quickly: {@code max(floor, 5 × p95)} of the last answers, doubled for each retry of the same call,
 * never above the configured timeout. Until {@value #MIN_SAMPLES} answers were seen, a warm-up
 * timeout (2 s, doubled per retry) applies, so that even a request of the first wave cannot hold
 * its slot for long. Latency is measured with {@link System#nanoTime()} (it is real network time,
 * like the HTTP client's own timeouts). Thread-safe.
 */
public final class LatencyTimeout implements AttemptListener {
    static final int MIN_SAMPLES = 20;
    static final Duration WARM_UP = Duration.ofSeconds(2);
    private static final int WINDOW = 256;
    private static final int FACTOR = 5;

    private final Duration floor;
    private final long[] samples = new long[WINDOW];
    private final ThreadLocal<Long> startedAt = new ThreadLocal<>();
    private int count;
    private int next;
    private long cachedP95 = -1;

    public LatencyTimeout(Duration floor) {
        this.floor = floor;
    }

    @Override
    public void beforeAttempt() {
        startedAt.set(System.nanoTime());
    }

    @Override
    public Duration attemptTimeout(int attempt, Duration planned) {
        long p95 = p95Nanos();
        long t = p95 < 0 ? Math.max(floor.toNanos(), WARM_UP.toNanos()) : Math.max(floor.toNanos(), FACTOR * p95);
        int doublings = Math.min(Math.max(attempt - 1, 0), 20);
        t = t > Long.MAX_VALUE >> doublings ? Long.MAX_VALUE : t << doublings;
        return t >= planned.toNanos() ? planned : Duration.ofNanos(t);
    }

    @Override
    public void afterAttempt(Outcome outcome) {
        Long started = startedAt.get();
        startedAt.remove();
        // only answers count: a timeout says nothing about how long an answer takes
        if (started != null && (outcome.success() || outcome.kind() == OutcomeKind.NOT_FOUND)) {
            record(System.nanoTime() - started);
        }
    }

    /** Adds one observed answer time. */
    synchronized void record(long nanos) {
        samples[next] = nanos;
        next = (next + 1) % WINDOW;
        if (count < WINDOW) count++;
        if (count >= MIN_SAMPLES && (cachedP95 < 0 || next % 16 == 0)) cachedP95 = compute();
    }

    /** The 95th percentile of the recent answers, -1 while there are too few. */
    synchronized long p95Nanos() {
        return count < MIN_SAMPLES ? -1 : cachedP95;
    }

    private long compute() {
        long[] copy = Arrays.copyOf(samples, count);
        Arrays.sort(copy);
        return copy[Math.min(count - 1, (int) Math.ceil(count * 0.95) - 1)];
    }
}
