package org.musicminion.discover.sandbox;

/**
 * The faults the sandbox injects into API calls (and, when {@code tokenEndpoint}, into
 * {@code POST /oauth/token}): latency, a token-bucket rate limit, random 5xx answers and hangs,
 * plus the access-token lifetime. Immutable; change them on a running server with
 * {@link SandboxServer#setFaults(Faults)} or {@code PUT /_sandbox/faults}.
 *
 * @param latencyMs        mean added latency per request (0 = none)
 * @param jitterMs         latency varies uniformly within ±jitter (never below 0)
 * @param ratePerSecond    token-bucket refill rate; 0 = no rate limit
 * @param burst            token-bucket size (at least 1 when a rate is set)
 * @param retryAfterSeconds Retry-After seconds sent with a 429; -1 = send no Retry-After header
 * @param errorRate        share (0..1) of requests answered 500, 502 or 503 at random
 * @param hangRate         share (0..1) of requests that hang for {@code hangMs}
 * @param hangMs           how long a hang lasts
 * @param hangDrop         after a hang, drop the connection without an answer (else answer normally)
 * @param tokenLifetimeSeconds lifetime of issued access tokens
 * @param tokenEndpoint    apply latency/rate/errors/hangs to the token endpoint too
 */
public record Faults(
        long latencyMs,
        long jitterMs,
        double ratePerSecond,
        int burst,
        int retryAfterSeconds,
        double errorRate,
        double hangRate,
        long hangMs,
        boolean hangDrop,
        long tokenLifetimeSeconds,
        boolean tokenEndpoint) {

    /** No faults; tokens live an hour. */
    public static final Faults NONE = new Faults(0, 0, 0, 1, -1, 0, 0, 12_000, false, 3600, false);

    public Faults {
        check(latencyMs >= 0, "latency_ms must be >= 0");
        check(jitterMs >= 0, "jitter_ms must be >= 0");
        check(ratePerSecond >= 0 && Double.isFinite(ratePerSecond), "rate_per_second must be >= 0");
        check(burst >= 1, "burst must be >= 1");
        check(retryAfterSeconds >= -1, "retry_after_seconds must be >= 0, or -1 for no header");
        check(errorRate >= 0 && errorRate <= 1, "error_rate must be between 0 and 1");
        check(hangRate >= 0 && hangRate <= 1, "hang_rate must be between 0 and 1");
        check(hangMs >= 0, "hang_ms must be >= 0");
        check(tokenLifetimeSeconds >= 1, "token_lifetime_seconds must be >= 1");
    }

    private static void check(boolean ok, String message) {
        if (!ok) throw new IllegalArgumentException(message);
    }

    public Faults withLatency(long meanMs, long jitter) {
        return new Faults(meanMs, jitter, ratePerSecond, burst, retryAfterSeconds, errorRate, hangRate, hangMs, hangDrop,
                tokenLifetimeSeconds, tokenEndpoint);
    }

    /** A token bucket of {@code burstSize} refilled at {@code perSecond}; 429 carries Retry-After {@code retryAfter} s (-1: none). */
    public Faults withRateLimit(double perSecond, int burstSize, int retryAfter) {
        return new Faults(latencyMs, jitterMs, perSecond, burstSize, retryAfter, errorRate, hangRate, hangMs, hangDrop,
                tokenLifetimeSeconds, tokenEndpoint);
    }

    public Faults withErrorRate(double rate) {
        return new Faults(latencyMs, jitterMs, ratePerSecond, burst, retryAfterSeconds, rate, hangRate, hangMs, hangDrop,
                tokenLifetimeSeconds, tokenEndpoint);
    }

    public Faults withHangs(double rate, long ms, boolean drop) {
        return new Faults(latencyMs, jitterMs, ratePerSecond, burst, retryAfterSeconds, errorRate, rate, ms, drop,
                tokenLifetimeSeconds, tokenEndpoint);
    }

    public Faults withTokenLifetimeSeconds(long seconds) {
        return new Faults(latencyMs, jitterMs, ratePerSecond, burst, retryAfterSeconds, errorRate, hangRate, hangMs, hangDrop,
                seconds, tokenEndpoint);
    }

    public Faults withTokenEndpointFaults(boolean on) {
        return new Faults(latencyMs, jitterMs, ratePerSecond, burst, retryAfterSeconds, errorRate, hangRate, hangMs, hangDrop,
                tokenLifetimeSeconds, on);
    }
}
