package org.musicminion.discover.sandbox;

import java.util.Random;

/**
 * Applies the current {@link Faults} to one request, in this order: latency (mean ± jitter), a hang
 * (then drop or go on), the token-bucket rate limit (429, with or without Retry-After), a random
 * 500/502/503. Sleeps on the request's own thread, so a hang never blocks other requests.
 * Random choices come from one seeded {@link Random}: a single client sees a reproducible sequence.
 */
final class FaultInjector {
    private final Random random;
    private final SandboxStats stats;
    private volatile Faults faults;
    private double tokens;
    private long lastRefillNanos;

    FaultInjector(Faults faults, long seed, SandboxStats stats) {
        this.random = new Random(seed);
        this.stats = stats;
        set(faults);
    }

    Faults faults() {
        return faults;
    }

    synchronized void set(Faults f) {
        Faults old = this.faults;
        this.faults = f;
        if (old == null || old.ratePerSecond() != f.ratePerSecond() || old.burst() != f.burst()) {
            tokens = f.burst();
            lastRefillNanos = System.nanoTime();
        }
    }

    /** Null to go on with the real answer; else the fault's answer ({@link Reply#DROP} to close silently). */
    Reply apply() throws InterruptedException {
        Faults f = faults;
        long delay = f.latencyMs();
        if (f.jitterMs() > 0) delay += Math.round((random.nextDouble() * 2 - 1) * f.jitterMs());
        if (delay > 0) Thread.sleep(delay);
        if (f.hangRate() > 0 && random.nextDouble() < f.hangRate()) {
            stats.hang();
            Thread.sleep(f.hangMs());
            if (f.hangDrop()) return Reply.DROP;
        }
        if (f.ratePerSecond() > 0 && !takeToken(f)) {
            stats.rateLimited();
            Reply r = Reply.error(429, "Too Many Requests: rate limit exceeded");
            return f.retryAfterSeconds() >= 0 ? r.withHeader("Retry-After", Integer.toString(f.retryAfterSeconds())) : r;
        }
        if (f.errorRate() > 0 && random.nextDouble() < f.errorRate()) {
            stats.injectedError();
            int status = switch (random.nextInt(3)) {
                case 0 -> 500;
                case 1 -> 502;
                default -> 503;
            };
            return Reply.error(status, "simulated server error");
        }
        return null;
    }

    private synchronized boolean takeToken(Faults f) {
        long now = System.nanoTime();
        tokens = Math.min(f.burst(), tokens + (now - lastRefillNanos) / 1e9 * f.ratePerSecond());
        lastRefillNanos = now;
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }
}
