package org.musicminion.discover.http;

import java.time.Duration;
import java.util.Objects;
import java.util.function.DoubleSupplier;

/**
 * When to retry an attempt and how long to wait: exponential backoff with full jitter
 * ({@code random(0, min(cap, base * 2^n))}), the server's Retry-After when it gave one (bounded by
 * {@code maxRetryAfter}: a longer one gives up), never a retry on a permanent outcome.
 * Immutable and thread-safe; build with {@link #builder()}.
 */
public final class RetryPolicy {
    private final int maxRetries;
    private final Duration base;
    private final Duration cap;
    private final Duration maxRetryAfter;
    private final DoubleSupplier random;

    private RetryPolicy(Builder b) {
        this.maxRetries = b.maxRetries;
        this.base = b.base;
        this.cap = b.cap;
        this.maxRetryAfter = b.maxRetryAfter;
        this.random = b.random;
    }

    public static Builder builder() {
        return new Builder();
    }

    public int maxRetries() {
        return maxRetries;
    }

    public Duration maxRetryAfter() {
        return maxRetryAfter;
    }

    /** The decision after an attempt: {@code retriesDone} retries have already been made. */
    public Decision decide(Outcome outcome, int retriesDone) {
        if (!outcome.kind().retryable()) return Decision.GIVE_UP;
        if (outcome.retryAfter() != null && outcome.retryAfter().compareTo(maxRetryAfter) > 0) {
            return Decision.GIVE_UP; // the server asks for longer than we may wait
        }
        if (retriesDone >= maxRetries) return Decision.GIVE_UP;
        Duration wait = outcome.retryAfter() != null ? outcome.retryAfter() : backoff(retriesDone);
        return new Decision(true, wait);
    }

    /** Full jitter: uniform in [0, min(cap, base * 2^n)]. */
    public Duration backoff(int retriesDone) {
        double ceiling = Math.min((double) cap.toNanos(), base.toNanos() * Math.pow(2, Math.min(retriesDone, 40)));
        return Duration.ofNanos((long) (random.getAsDouble() * ceiling));
    }

    /** Retry or not, and after how long. */
    public record Decision(boolean retry, Duration delay) {
        public static final Decision GIVE_UP = new Decision(false, Duration.ZERO);
    }

    public static final class Builder {
        private int maxRetries = 5;
        private Duration base = Duration.ofMillis(250);
        private Duration cap = Duration.ofSeconds(20);
        private Duration maxRetryAfter = Duration.ofSeconds(120);
        private DoubleSupplier random = () -> java.util.concurrent.ThreadLocalRandom.current().nextDouble();

        public Builder maxRetries(int n) {
            if (n < 0) throw new IllegalArgumentException("maxRetries must be >= 0");
            this.maxRetries = n;
            return this;
        }

        public Builder base(Duration d) {
            this.base = positive(d, "base");
            return this;
        }

        public Builder cap(Duration d) {
            this.cap = positive(d, "cap");
            return this;
        }

        public Builder maxRetryAfter(Duration d) {
            Objects.requireNonNull(d);
            if (d.isNegative()) throw new IllegalArgumentException("maxRetryAfter must be >= 0");
            this.maxRetryAfter = d;
            return this;
        }

        /** Source of uniform doubles in [0,1); tests pass a fixed one. */
        public Builder random(DoubleSupplier r) {
            this.random = Objects.requireNonNull(r);
            return this;
        }

        public RetryPolicy build() {
            if (cap.compareTo(base) < 0) throw new IllegalArgumentException("cap must be >= base");
            return new RetryPolicy(this);
        }

        private static Duration positive(Duration d, String what) {
            if (d == null || d.isNegative() || d.isZero()) throw new IllegalArgumentException(what + " must be > 0");
            return d;
        }
    }
}
