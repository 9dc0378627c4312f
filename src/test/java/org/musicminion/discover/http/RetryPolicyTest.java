package org.musicminion.discover.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    private static final Instant NOW = Instant.parse("2026-11-25T08:00:00Z");

    private static RetryPolicy policy(double random) {
        return RetryPolicy.builder().maxRetries(3).base(Duration.ofMillis(100)).cap(Duration.ofSeconds(1))
                .maxRetryAfter(Duration.ofSeconds(60)).random(() -> random).build();
    }

    @Test
    void backoffIsFullJitterUnderAnExponentialCeiling() {
        RetryPolicy top = policy(0.999999);
        assertEquals(100, top.backoff(0).toMillis(), 1);
        assertEquals(200, top.backoff(1).toMillis(), 1);
        assertEquals(400, top.backoff(2).toMillis(), 1);
        assertEquals(1000, top.backoff(10).toMillis(), 1, "capped");
        assertEquals(0, policy(0.0).backoff(5).toMillis(), "full jitter reaches zero");
        assertEquals(50, policy(0.5).backoff(0).toMillis(), 1);
    }

    @Test
    void retriesTransientOutcomesUntilTheBudgetIsSpent() {
        RetryPolicy p = policy(0.5);
        Outcome e503 = Outcome.ofStatus(503, null, NOW);
        for (int i = 0; i < 3; i++) assertTrue(p.decide(e503, i).retry(), "retry " + i);
        assertFalse(p.decide(e503, 3).retry());
    }

    @Test
    void neverRetriesPermanentOutcomes() {
        RetryPolicy p = policy(0.5);
        for (int status : new int[] {400, 403, 404, 422, 401}) {
            assertFalse(p.decide(Outcome.ofStatus(status, null, NOW), 0).retry(), "status " + status);
        }
    }

    @Test
    void waitsTheRetryAfterSecondsTheServerAsks() {
        RetryPolicy.Decision d = policy(0.5).decide(Outcome.ofStatus(429, "7", NOW), 0);
        assertTrue(d.retry());
        assertEquals(Duration.ofSeconds(7), d.delay());
    }

    @Test
    void waitsUntilTheRetryAfterHttpDate() {
        RetryPolicy.Decision d = policy(0.5).decide(Outcome.ofStatus(429, "Wed, 25 Nov 2026 08:00:30 GMT", NOW), 0);
        assertEquals(Duration.ofSeconds(30), d.delay());
    }

    @Test
    void givesUpWhenRetryAfterIsLongerThanAllowed() {
        assertFalse(policy(0.5).decide(Outcome.ofStatus(429, "61", NOW), 0).retry());
    }

    @Test
    void throttledWithoutRetryAfterBacksOff() {
        RetryPolicy.Decision d = policy(0.5).decide(Outcome.ofStatus(429, null, NOW), 1);
        assertTrue(d.retry());
        assertEquals(100, d.delay().toMillis(), 1);
    }

    @Test
    void builderRejectsNonsense() {
        assertThrows(IllegalArgumentException.class, () -> RetryPolicy.builder().maxRetries(-1));
        assertThrows(IllegalArgumentException.class, () -> RetryPolicy.builder().base(Duration.ZERO));
        assertThrows(IllegalArgumentException.class,
                () -> RetryPolicy.builder().base(Duration.ofSeconds(5)).cap(Duration.ofSeconds(1)).build());
    }

    @Test
    void retryAfterParsesSecondsDatesAndNonsense() {
        assertEquals(Duration.ofSeconds(3), RetryAfter.parse(" 3 ", NOW));
        assertEquals(Duration.ZERO, RetryAfter.parse("Wed, 25 Nov 2026 07:00:00 GMT", NOW), "a date in the past");
        assertNull(RetryAfter.parse("soon", NOW));
        assertNull(RetryAfter.parse("-4", NOW));
        assertNull(RetryAfter.parse(null, NOW));
    }
}
