package org.musicminion.discover.resolve;

import org.musicminion.discover.testing.ManualClock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.musicminion.discover.ExitCode;
import org.musicminion.discover.ExitException;
import org.musicminion.discover.http.AdaptiveRateLimiter;
import org.musicminion.discover.http.ApiClient;
import org.musicminion.discover.http.HttpClients;
import org.musicminion.discover.http.Pages;
import org.musicminion.discover.http.RetryPolicy;
import org.musicminion.discover.http.TokenSource;
import org.musicminion.discover.soundcloud.Urn;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;

class ResolverTest {
    private static final Instant NOW = Instant.parse("2026-11-25T08:00:00Z");
    private final MockWebServer server = new MockWebServer();
    private final ManualClock clock = new ManualClock(NOW);
    private final AtomicInteger refused = new AtomicInteger();
    private final TokenSource tokens = new TokenSource() {
        @Override
        public String accessToken() {
            return "tok";
        }

        @Override
        public String refreshAfterRejection(String rejected) {
            refused.incrementAndGet();
            if (refused.get() > 1) throw ExitException.notAuthenticated("the grant is gone");
            return "tok2";
        }
    };

    @AfterEach
    void stop() {
        server.close();
    }

    private Resolver resolver(Function<String, MockResponse> answer, int retries, LatencyTimeout timeout) throws Exception {
        FakeResolveServer fake = new FakeResolveServer(answer);
        server.setDispatcher(fake);
        server.start();
        this.fake = fake;
        RetryPolicy policy = RetryPolicy.builder().maxRetries(retries).base(Duration.ofMillis(100))
                .maxRetryAfter(Duration.ofSeconds(60)).random(() -> 0.5).build();
        ApiClient api = new ApiClient(HttpClients.create(Duration.ofSeconds(10)), server.url("/").toString(), policy, clock,
                clock.sleeper(), Duration.ofSeconds(10), tokens, null, new AdaptiveRateLimiter(clock, clock.sleeper()),
                Pages.Limits.DEFAULT);
        return new Resolver(new org.musicminion.discover.soundcloud.SoundCloud(api), tokens, timeout);
    }

    private FakeResolveServer fake;

    private Resolver resolver(Function<String, MockResponse> answer) throws Exception {
        return resolver(answer, 3, new LatencyTimeout(Duration.ofSeconds(1)));
    }

    private static NormalizedInput in(String s) {
        return InputNormalizer.normalize(s);
    }

    @Test
    void readsTheUrnFromThe302AndSendsOneRequestWithoutFollowingIt() throws Exception {
        ResolveResult r = resolver(u -> FakeResolveServer.found("https://api.soundcloud.com/tracks/soundcloud:tracks:123"))
                .resolve(in("https://www.soundcloud.com/artist/track?si=x"));
        assertEquals(new ResolveResult("https://www.soundcloud.com/artist/track?si=x", ResolveResult.Status.RESOLVED, Urn.Kind.TRACK, 123L,
                "soundcloud:tracks:123", null, null, 1, false), r);
        assertEquals(List.of("https://soundcloud.com/artist/track"), fake.urls);
        assertEquals("OAuth tok", server.takeRequest().getHeaders().get("Authorization"));
    }

    @Test
    void readsNumericAndUserLocations() throws Exception {
        Resolver r = resolver(u -> u.endsWith("/artist")
                ? FakeResolveServer.found("https://api.soundcloud.com/users/42")
                : FakeResolveServer.found("https://api.soundcloud.com/tracks/77"));
        ResolveResult user = r.resolve(in("artist"));
        assertEquals("user", user.kind().word());
        assertEquals(42L, user.id());
        assertEquals("soundcloud:users:42", user.urn());
        ResolveResult track = r.resolve(in("artist/song"));
        assertEquals("soundcloud:tracks:77", track.urn());
    }

    @Test
    void aJsonBodyAnswerIsReadToo() throws Exception {
        ResolveResult r = resolver(u -> new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                .body("{\"kind\":\"track\",\"id\":5,\"urn\":\"soundcloud:tracks:5\",\"title\":\"x\"}").build())
                .resolve(in("a/b"));
        assertEquals("soundcloud:tracks:5", r.urn());
        assertEquals(5L, r.id());
    }

    @Test
    void notFoundIsAnAnswerAndIsNeverRetried() throws Exception {
        ResolveResult r = resolver(u -> new MockResponse.Builder().code(404).body("{\"code\":404}").build()).resolve(in("a/gone"));
        assertEquals(ResolveResult.Status.NOT_FOUND, r.status());
        assertNull(r.error());
        assertEquals(1, r.attempts());
        assertEquals(1, fake.requests.get());
        assertTrue(clock.sleeps.isEmpty());
    }

    @Test
    void waitsTheRetryAfterSecondsTheServerAsksThenResolves() throws Exception {
        AtomicInteger n = new AtomicInteger();
        ResolveResult r = resolver(u -> n.getAndIncrement() == 0
                ? new MockResponse.Builder().code(429).setHeader("Retry-After", "7").build()
                : FakeResolveServer.found("/tracks/1")).resolve(in("a/b"));
        assertEquals(ResolveResult.Status.RESOLVED, r.status());
        assertEquals(2, r.attempts());
        assertEquals(List.of(Duration.ofSeconds(7)), clock.sleeps);
    }

    @Test
    void waitsUntilTheRetryAfterDateTheServerNames() throws Exception {
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.plusSeconds(30).atOffset(ZoneOffset.UTC));
        AtomicInteger n = new AtomicInteger();
        ResolveResult r = resolver(u -> n.getAndIncrement() == 0
                ? new MockResponse.Builder().code(429).setHeader("Retry-After", date).build()
                : FakeResolveServer.found("/tracks/1")).resolve(in("a/b"));
        assertEquals(ResolveResult.Status.RESOLVED, r.status());
        assertEquals(List.of(Duration.ofSeconds(30)), clock.sleeps);
    }

    @Test
    void serverErrorsAreRetriedWithShortJitteredWaitsThenFailWithTheirClass() throws Exception {
        ResolveResult r = resolver(u -> new MockResponse.Builder().code(503).build()).resolve(in("a/b"));
        assertEquals(ResolveResult.Status.FAILED, r.status());
        assertEquals("server_error_503", r.error());
        assertEquals(org.musicminion.discover.http.OutcomeKind.TRANSIENT, r.failure());
        assertFalse(r.failedPermanently());
        assertEquals(4, r.attempts());
        assertEquals(4, fake.requests.get());
        assertEquals(3, clock.sleeps.size());
        for (Duration d : clock.sleeps) assertTrue(d.toMillis() <= 400, "waits are short: " + clock.sleeps);
    }

    @Test
    void aHungRequestTimesOutQuicklyAndIsRetried() throws Exception {
        LatencyTimeout timeout = new LatencyTimeout(Duration.ofMillis(150));
        for (int i = 0; i < LatencyTimeout.MIN_SAMPLES; i++) timeout.record(Duration.ofMillis(10).toNanos());
        AtomicInteger n = new AtomicInteger();
        // the first answer comes after 2 s (the client's own timeout is 10 s): only a timeout of well under 2 s, the
        // latency budget's, gets the second answer instead, so which answer arrives shows which timeout acted
        Resolver r = resolver(u -> n.getAndIncrement() == 0
                ? new MockResponse.Builder().headersDelay(2, TimeUnit.SECONDS).code(302).setHeader("Location", "/tracks/1").build()
                : FakeResolveServer.found("/tracks/9"), 3, timeout);
        ResolveResult res = r.resolve(in("a/b"));
        assertEquals("soundcloud:tracks:9", res.urn(), "the hung first request was given up");
        assertEquals(2, res.attempts());
    }

    @Test
    void aShortLinkIsSentAsGivenAndItsPermalinkRedirectFollowedOnce() throws Exception {
        Resolver r = resolver(u -> u.startsWith("https://on.soundcloud.com/")
                ? FakeResolveServer.found("https://soundcloud.com/artist/track?si=abc")
                : FakeResolveServer.found("https://api.soundcloud.com/tracks/soundcloud:tracks:31"));
        ResolveResult res = r.resolve(in("https://on.soundcloud.com/XyZ12"));
        assertEquals("soundcloud:tracks:31", res.urn());
        assertEquals(2, res.attempts());
        assertEquals(List.of("https://on.soundcloud.com/XyZ12", "https://soundcloud.com/artist/track"), fake.urls);
    }

    @Test
    void aTokenRefusedAgainAfterRefreshEndsTheRunWithExit4() throws Exception {
        Resolver r = resolver(u -> new MockResponse.Builder().code(401).build());
        ExitException e = assertThrows(ExitException.class, () -> r.resolve(in("a/b")));
        assertEquals(ExitCode.NOT_AUTHENTICATED, e.exitCode());
        assertTrue(e.getMessage().contains("auth login"), e.getMessage());
    }
}
