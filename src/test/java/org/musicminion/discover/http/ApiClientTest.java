package org.musicminion.discover.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.musicminion.discover.testing.Responses.json;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.musicminion.discover.ExitCode;
import org.musicminion.discover.testing.CountingTokens;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.Request;

class ApiClientTest {
    private static final Instant NOW = Instant.parse("2026-11-25T08:00:00Z");

    private final MockWebServer server = new MockWebServer();
    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    private final CountingTokens tokens = new CountingTokens();
    private ApiClient api;

    @BeforeEach
    void start() throws Exception {
        server.start();
        RetryPolicy policy = RetryPolicy.builder().maxRetries(3).base(Duration.ofMillis(100)).cap(Duration.ofSeconds(2))
                .maxRetryAfter(Duration.ofSeconds(60)).random(() -> 0.5).build();
        api = new ApiClient(HttpClients.create(Duration.ofSeconds(5)), server.url("/").toString(), policy,
                Clock.fixed(NOW, ZoneOffset.UTC), sleeps::add, Duration.ofSeconds(5), tokens, null);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void sendsTheOAuthHeaderAndUserAgentAndParsesJson() throws Exception {
        server.enqueue(json(200, "{\"id\":7}"));
        assertEquals(7, api.getJson("/me").get("id").asInt());
        RecordedRequest r = server.takeRequest();
        assertEquals("OAuth tok-0", r.getHeaders().get("Authorization"));
        assertTrue(r.getHeaders().get("User-Agent").startsWith("minion-discover/"));
        assertEquals("/me", r.getTarget());
    }

    @Test
    void retriesServerErrorsWithJitteredBackoffThenSucceeds() {
        server.enqueue(json(503, "{\"code\":503}"));
        server.enqueue(json(502, "{}"));
        server.enqueue(json(200, "{\"ok\":true}"));
        assertTrue(api.getJson("/x").get("ok").asBoolean());
        assertEquals(3, server.getRequestCount());
        assertEquals(List.of(Duration.ofMillis(50), Duration.ofMillis(100)), sleeps, "random 0.5 of 100 ms, then of 200 ms");
    }

    @Test
    void waitsTheRetryAfterOfA429() {
        server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "7").body("{}").build());
        server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "Wed, 25 Nov 2026 08:00:09 GMT").build());
        server.enqueue(json(200, "{}"));
        api.getJson("/x");
        assertEquals(List.of(Duration.ofSeconds(7), Duration.ofSeconds(9)), sleeps);
    }

    @Test
    void aRetryAfterBeyondTheLimitFailsAsRateLimitedWithoutWaiting() {
        server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "3600").build());
        ApiException e = assertThrows(ApiException.class, () -> api.getJson("/x"));
        assertEquals("rate_limited", e.outcome().errorClass());
        assertEquals(1, server.getRequestCount());
        assertTrue(sleeps.isEmpty());
    }

    @Test
    void notFoundIsNotRetried() {
        server.enqueue(json(404, "{\"code\":404,\"message\":\"gone\"}"));
        ApiException e = assertThrows(ApiException.class, () -> api.getJson("/tracks/1"));
        assertTrue(e.notFound());
        assertEquals(ExitCode.FAILED, e.exitCode());
        assertEquals(1, server.getRequestCount());
        assertTrue(e.getMessage().contains("gone"), e.getMessage());
    }

    @Test
    void givesUpAfterMaxRetriesWithTheLastErrorClass() {
        for (int i = 0; i < 4; i++) server.enqueue(json(500, "{}"));
        ApiException e = assertThrows(ApiException.class, () -> api.getJson("/x"));
        assertEquals("server_error_500", e.outcome().errorClass());
        assertEquals(4, e.attempts());
        assertEquals(3, sleeps.size());
    }

    @Test
    void aDroppedConnectionIsRetried() {
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
        server.enqueue(json(200, "{\"ok\":1}"));
        assertEquals(1, api.getJson("/x").get("ok").asInt());
        assertEquals(1, sleeps.size());
    }

    @Test
    void aHungResponseTimesOutAndIsRetried() {
        server.enqueue(new MockResponse.Builder().headersDelay(3, TimeUnit.SECONDS).body("{}").build());
        server.enqueue(json(200, "{\"ok\":1}"));
        Request r = new Request.Builder().url(api.url("/x")).build();
        ApiResponse res = api.execute(r, CallOptions.json(tokens).withTimeout(Duration.ofMillis(200)));
        assertTrue(res.ok());
        assertEquals(2, res.attempts());
    }

    @Test
    void anUnparsableBodyIsTransient() {
        server.enqueue(json(200, "{\"collection\": ["));
        server.enqueue(json(200, "<html>"));
        server.enqueue(json(200, "{\"ok\":1}"));
        assertEquals(1, api.getJson("/x").get("ok").asInt());
        assertEquals(3, server.getRequestCount());
    }

    @Test
    void a401RefreshesOnceAndRepeatsTheCall() throws Exception {
        server.enqueue(json(401, "{}"));
        server.enqueue(json(200, "{\"ok\":1}"));
        api.getJson("/me");
        server.takeRequest();
        assertEquals("OAuth tok-1", server.takeRequest().getHeaders().get("Authorization"));
        assertEquals(1, tokens.refreshes.get());
    }

    @Test
    void a401AfterTheRefreshIsNotAuthenticated() {
        server.enqueue(json(401, "{}"));
        server.enqueue(json(401, "{}"));
        ApiException e = assertThrows(ApiException.class, () -> api.getJson("/me"));
        assertEquals(ExitCode.NOT_AUTHENTICATED, e.exitCode());
        assertTrue(e.getMessage().contains("run: minion-discover auth login"));
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void redirectsCanBeTurnedOffPerCall() {
        server.enqueue(new MockResponse.Builder().code(302).setHeader("Location", "/tracks/soundcloud:tracks:5").build());
        Request r = new Request.Builder().url(api.url("/resolve?url=https://soundcloud.com/a/b")).build();
        ApiResponse res = api.execute(r, CallOptions.json(tokens).withoutRedirects().withExpectJson(false));
        assertTrue(res.ok());
        assertEquals(302, res.status());
        assertEquals("/tracks/soundcloud:tracks:5", res.location());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void permanentErrorsAreNotRetried() {
        server.enqueue(json(403, "{\"message\":\"forbidden\"}"));
        ApiException e = assertThrows(ApiException.class, () -> api.getJson("/x"));
        assertEquals(OutcomeKind.PERMANENT, e.outcome().kind());
        assertFalse(e.getMessage().contains("tok-"), "no token in messages");
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void aRedirectToAnotherOriginIsNotFollowedAndFailsNamingIt() throws Exception {
        try (MockWebServer elsewhere = new MockWebServer()) {
            elsewhere.start();
            elsewhere.enqueue(json(200, "{\"made\":\"up\"}"));
            server.enqueue(new MockResponse.Builder().code(302).setHeader("Location", elsewhere.url("/tracks/1").toString()).build());
            List<String> log = new CopyOnWriteArrayList<>();
            ApiClient verbose = new ApiClient(HttpClients.create(Duration.ofSeconds(5)), server.url("/").toString(), api.policy(),
                    Clock.fixed(NOW, ZoneOffset.UTC), sleeps::add, Duration.ofSeconds(5), tokens, log::add);
            ApiException e = assertThrows(ApiException.class, () -> verbose.getJson("/tracks/1"));
            assertEquals("redirected_elsewhere", e.outcome().errorClass());
            String origin = "http://" + elsewhere.getHostName() + ":" + elsewhere.getPort();
            assertTrue(e.getMessage().contains(origin), e.getMessage());
            assertTrue(log.stream().anyMatch(l -> l.contains(origin) && l.contains("not followed")), log.toString());
            assertEquals(0, elsewhere.getRequestCount(), "its answer is never asked for");
            assertEquals(1, server.getRequestCount(), "not retried");
        }
    }

    @Test
    void aRedirectOnTheSameOriginIsFollowedWithTheToken() throws Exception {
        server.enqueue(new MockResponse.Builder().code(301).setHeader("Location", "/tracks/soundcloud:tracks:1").build());
        server.enqueue(json(200, "{\"id\":1}"));
        assertEquals(1, api.getJson("/tracks/1").get("id").asInt());
        server.takeRequest();
        RecordedRequest second = server.takeRequest();
        assertEquals("/tracks/soundcloud:tracks:1", second.getTarget());
        assertEquals("OAuth tok-0", second.getHeaders().get("Authorization"));
    }

    @Test
    void aRedirectToAnotherSchemeOnTheSameHostAndPortIsAnotherOrigin() {
        // https -> http is refused by the same rule; here (an http api_url) the other scheme is https
        server.enqueue(new MockResponse.Builder().code(302).setHeader("Location",
                server.url("/x").newBuilder().scheme("https").build().toString()).build());
        ApiException e = assertThrows(ApiException.class, () -> api.getJson("/x"));
        assertEquals("redirected_elsewhere", e.outcome().errorClass());
        assertEquals(1, server.getRequestCount());
    }
}
