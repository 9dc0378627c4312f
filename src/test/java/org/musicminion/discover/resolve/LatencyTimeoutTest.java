package org.musicminion.discover.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class LatencyTimeoutTest {
    private static final Duration CONFIGURED = Duration.ofSeconds(15);

    @Test
    void usesAWarmUpTimeoutDoubledPerRetryUntilEnoughAnswersWereSeen() {
        LatencyTimeout t = new LatencyTimeout(Duration.ofMillis(500));
        for (int i = 0; i < LatencyTimeout.MIN_SAMPLES - 1; i++) t.record(Duration.ofMillis(20).toNanos());
        assertEquals(Duration.ofSeconds(2), t.attemptTimeout(1, CONFIGURED));
        assertEquals(Duration.ofSeconds(4), t.attemptTimeout(2, CONFIGURED));
        assertEquals(CONFIGURED, t.attemptTimeout(4, CONFIGURED));
        assertEquals(Duration.ofSeconds(1), t.attemptTimeout(1, Duration.ofSeconds(1)), "never above the configured timeout");
    }

    @Test
    void derivesATightTimeoutFromTheSlowAnswersAndDoublesItPerRetry() {
        LatencyTimeout t = new LatencyTimeout(Duration.ofMillis(100));
        for (int i = 0; i < 100; i++) t.record(Duration.ofMillis(i < 95 ? 20 : 200).toNanos());
        // p95 is 20 ms (95 of 100 answers), 5 x 20 ms = 100 ms
        assertEquals(Duration.ofMillis(100), t.attemptTimeout(1, CONFIGURED));
        assertEquals(Duration.ofMillis(200), t.attemptTimeout(2, CONFIGURED));
        assertEquals(Duration.ofMillis(400), t.attemptTimeout(3, CONFIGURED));
    }

    @Test
    void neverGoesBelowTheFloorNorAboveTheConfiguredTimeout() {
        LatencyTimeout t = new LatencyTimeout(Duration.ofSeconds(1));
        for (int i = 0; i < 50; i++) t.record(Duration.ofMillis(5).toNanos());
        assertEquals(Duration.ofSeconds(1), t.attemptTimeout(1, CONFIGURED));
        assertEquals(CONFIGURED, t.attemptTimeout(10, CONFIGURED));
        LatencyTimeout slow = new LatencyTimeout(Duration.ofSeconds(1));
        for (int i = 0; i < 50; i++) slow.record(Duration.ofSeconds(4).toNanos());
        assertEquals(CONFIGURED, slow.attemptTimeout(1, CONFIGURED));
    }
}
