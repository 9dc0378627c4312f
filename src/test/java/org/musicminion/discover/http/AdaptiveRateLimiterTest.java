package org.musicminion.discover.http;

import org.musicminion.discover.testing.ManualClock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;

class AdaptiveRateLimiterTest {
    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-25T08:00:00Z"));
    private final AdaptiveRateLimiter limiter = new AdaptiveRateLimiter(clock, clock.sleeper());

    private static final Outcome THROTTLED = Outcome.ofStatus(429, null, Instant.EPOCH);
    private static final Outcome FOUND = Outcome.ofStatus(302, null, Instant.EPOCH);

    private void send(Outcome answer) throws InterruptedException {
        limiter.beforeAttempt();
        clock.advance(Duration.ofMillis(10)); // the request's own latency
        limiter.afterAttempt(answer);
    }

    @Test
    void startsUnlimitedSoNothingWaitsWithoutThrottling() throws Exception {
        for (int i = 0; i < 500; i++) send(FOUND);
        assertTrue(clock.sleeps.isEmpty(), "no waits: " + clock.sleeps.size());
        assertTrue(Double.isInfinite(limiter.rate()));
    }

    @Test
    void theFirst429SetsTheRateJustUnderWhatTheServerAcceptedInTheLastSecond() throws Exception {
        for (int i = 0; i < 20; i++) send(FOUND);
        send(THROTTLED);
        assertEquals(20 * AdaptiveRateLimiter.DECREASE, limiter.rate(), 0.01);
    }

    @Test
    void answersToRequestsSentBeforeACutDoNotCutAgain() throws Exception {
        for (int i = 0; i < 20; i++) send(FOUND);
        ExecutorService a = Executors.newSingleThreadExecutor();
        ExecutorService b = Executors.newSingleThreadExecutor();
        try {
            // two workers send at the same moment; both are answered 429
            a.submit(() -> { limiter.beforeAttempt(); return null; }).get();
            b.submit(() -> { limiter.beforeAttempt(); return null; }).get();
            clock.advance(Duration.ofMillis(50));
            a.submit(() -> limiter.afterAttempt(THROTTLED)).get();
            double afterFirst = limiter.rate();
            b.submit(() -> limiter.afterAttempt(THROTTLED)).get();
            assertEquals(1, limiter.cuts());
            assertEquals(afterFirst, limiter.rate());
            assertEquals(2, limiter.throttled());
            // a request sent after the cut that is throttled again cuts again
            a.submit(() -> { limiter.beforeAttempt(); return null; }).get();
            clock.advance(Duration.ofMillis(50));
            a.submit(() -> limiter.afterAttempt(THROTTLED)).get();
            assertEquals(2, limiter.cuts());
            assertTrue(limiter.rate() < afterFirst);
        } finally {
            a.shutdownNow();
            b.shutdownNow();
        }
    }

    @Test
    void onceLimitedRequestsAreSpacedEvenly() throws Exception {
        for (int i = 0; i < 10; i++) send(FOUND);
        send(THROTTLED); // rate 9/s
        clock.sleeps.clear();
        Instant start = clock.instant();
        for (int i = 0; i < 9; i++) {
            limiter.beforeAttempt();
            limiter.afterAttempt(Outcome.ofStatus(404, null, Instant.EPOCH));
        }
        Duration spent = Duration.between(start, clock.instant());
        assertTrue(spent.toMillis() >= 800 && spent.toMillis() <= 1000, "9 requests at ~9/s took " + spent);
    }

    @Test
    void retryAfterPausesEveryWorkerUntilThen() throws Exception {
        for (int i = 0; i < 5; i++) send(FOUND);
        limiter.beforeAttempt();
        limiter.afterAttempt(Outcome.ofStatus(429, "7", clock.instant()));
        clock.sleeps.clear();
        Instant pausedAt = clock.instant();
        limiter.beforeAttempt(); // another worker
        assertTrue(Duration.between(pausedAt, clock.instant()).toMillis() >= 7000, "waited " + clock.sleeps);
        assertEquals(Duration.ofSeconds(7), clock.sleeps.get(0));
    }

    @Test
    void successesRaiseTheRateSlowlyAfterACut() throws Exception {
        for (int i = 0; i < 20; i++) send(FOUND);
        send(THROTTLED);
        double cut = limiter.rate();
        for (int i = 0; i < (int) cut; i++) send(FOUND); // about one second of successes
        double raised = limiter.rate();
        assertTrue(raised > cut && raised < cut + 1.5, cut + " -> " + raised);
    }

    @Test
    void settlesJustUnderAServerLimit() throws Exception {
        // a token bucket of 20/s, burst 20, simulated on the manual clock with one sender
        double tokens = 20;
        Instant last = clock.instant();
        int sent = 0;
        int throttled = 0;
        Instant start = clock.instant();
        while (Duration.between(start, clock.instant()).toSeconds() < 60) {
            limiter.beforeAttempt();
            Instant now = clock.instant();
            tokens = Math.min(20, tokens + Duration.between(last, now).toNanos() / 1e9 * 20);
            last = now;
            sent++;
            if (tokens >= 1) {
                tokens -= 1;
                limiter.afterAttempt(FOUND);
            } else {
                throttled++;
                limiter.afterAttempt(THROTTLED);
            }
            clock.advance(Duration.ofMillis(2));
        }
        double perSecond = (sent - throttled) / 60.0;
        assertTrue(perSecond >= 18.5, "accepted " + perSecond + "/s");
        assertTrue(throttled <= sent / 20, throttled + " of " + sent + " throttled");
    }

    @org.junit.jupiter.api.Test
    void aRetryAfterPausesEveryoneAtMostTheMaximumNotTheServersNumber() throws Exception {
        AdaptiveRateLimiter capped = new AdaptiveRateLimiter(clock, clock.sleeper(), Duration.ofSeconds(120));
        capped.beforeAttempt();
        capped.afterAttempt(Outcome.ofStatus(429, "1000000000", clock.instant()));
        capped.beforeAttempt();
        capped.afterAttempt(Outcome.ofStatus(429, "9223372036854775807", clock.instant()));
        capped.beforeAttempt();
        assertTrue(clock.sleeps.stream().allMatch(d -> d.compareTo(Duration.ofSeconds(121)) <= 0), clock.sleeps.toString());
        assertTrue(!clock.sleeps.isEmpty(), "it does pause");
    }
}
