package org.musicminion.discover.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import org.musicminion.discover.testing.CountingTokens;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Request;

/** The token goes only to api_url's origin, and no response body is read past the cap. */
class ApiClientGuardsTest {
    private final MockWebServer api = new MockWebServer();
    private final MockWebServer foreign = new MockWebServer();
    private final List<String> log = new CopyOnWriteArrayList<>();
    private final CountingTokens tokens = new CountingTokens();
    private ApiClient client;

    @BeforeEach
    void start() throws Exception {
        api.start();
        foreign.start(); // same machine, another port: another origin
        RetryPolicy policy = RetryPolicy.builder().maxRetries(3).random(() -> 0.0).build();
        client = new ApiClient(HttpClients.create(Duration.ofSeconds(5)), api.url("/").toString(), policy,
                Clock.fixed(Instant.parse("2026-11-25T08:00:00Z"), ZoneOffset.UTC), d -> { }, Duration.ofSeconds(5), tokens, log::add);
    }

    @AfterEach
    void stop() {
        api.close();
        foreign.close();
    }

    @Test
    void aForeignOriginNeverReceivesTheToken() throws Exception {
        foreign.enqueue(json(200, "{\"collection\":[],\"next_href\":null}"));
        client.getJson(foreign.url("/me/followings?cursor=2").toString());
        RecordedRequest r = foreign.takeRequest(1, TimeUnit.SECONDS);
        assertNull(r.getHeaders().get("Authorization"));
        assertTrue(log.stream().anyMatch(l -> l.startsWith("not sending credentials to")), log.toString());
    }

    @Test
    void a401FromAForeignOriginNeverTriggersARefresh() throws Exception {
        foreign.enqueue(json(401, "{}"));
        foreign.enqueue(json(200, "{}")); // would be the repeat with a refreshed token
        assertThrows(ApiException.class, () -> client.getJson(foreign.url("/x").toString()));
        assertEquals(0, tokens.refreshes.get());
        assertEquals(1, foreign.getRequestCount());
        assertNull(foreign.takeRequest(1, TimeUnit.SECONDS).getHeaders().get("Authorization"));
    }

    @Test
    void anAuthorizationHeaderTheCallerSetIsDroppedForAForeignOrigin() throws Exception {
        foreign.enqueue(json(200, "{}"));
        Request r = new Request.Builder().url(foreign.url("/oauth/token")).header("Authorization", "Basic c2VjcmV0").build();
        assertTrue(client.execute(r, CallOptions.json(null)).ok());
        assertNull(foreign.takeRequest(1, TimeUnit.SECONDS).getHeaders().get("Authorization"));
    }

    @Test
    void theConfiguredOriginStillGetsTheTokenAndRefreshes() throws Exception {
        api.enqueue(json(401, "{}"));
        api.enqueue(json(200, "{}"));
        client.getJson(api.url("/me").toString()); // absolute URL on api_url's origin
        assertEquals("OAuth tok-0", api.takeRequest().getHeaders().get("Authorization"));
        assertEquals("OAuth tok-1", api.takeRequest().getHeaders().get("Authorization"));
        assertEquals(1, tokens.refreshes.get());
    }

    @Test
    void aBodyOverTheCapIsAPermanentFailureReadNoFurther() {
        String big = "{\"collection\":[\"" + "x".repeat(4096) + "\"]}";
        api.enqueue(json(200, big));
        api.enqueue(json(200, "{}"));
        ApiResponse r = client.execute(new Request.Builder().url(client.url("/x")).build(),
                CallOptions.json(tokens).withMaxBodyBytes(1024));
        assertFalse(r.ok());
        assertEquals(OutcomeKind.PERMANENT, r.outcome().kind());
        assertEquals(Outcome.TOO_LARGE, r.outcome().errorClass());
        assertEquals(1, api.getRequestCount(), "not retried");
        ApiException e = assertThrows(ApiException.class, r::orThrow);
        assertTrue(e.getMessage().contains("response_too_large") && e.getMessage().contains("larger than"), e.getMessage());
    }

    @Test
    void aChunkedBodyWithoutALengthIsCappedToo() {
        api.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                .chunkedBody("[" + "1,".repeat(5000) + "1]", 256).build());
        ApiResponse r = client.execute(new Request.Builder().url(client.url("/x")).build(),
                CallOptions.json(tokens).withMaxBodyBytes(1024));
        assertEquals(Outcome.TOO_LARGE, r.outcome().errorClass());
    }

    @Test
    void aBodyOfExactlyTheCapIsRead() {
        String body = "[" + "1,".repeat(510) + "11]"; // 1024 bytes
        assertEquals(1024, body.length());
        api.enqueue(json(200, body));
        ApiResponse r = client.execute(new Request.Builder().url(client.url("/x")).build(),
                CallOptions.json(tokens).withMaxBodyBytes(1024));
        assertTrue(r.ok());
        assertEquals(511, r.json().size());
    }
}
