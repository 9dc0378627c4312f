package org.musicminion.discover.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SandboxFaultsTest {
    SandboxServer server;
    SandboxHttp http;
    String token;

    void start(Faults faults, long faultSeed) throws Exception {
        server = SandboxServer.start(SandboxOptions.builder().artists(2).perArtist(20).pool(100).faultSeed(faultSeed).build());
        http = new SandboxHttp(server);
        token = http.login().get("access_token").asText(); // faults are not on the token endpoint by default
        server.setFaults(faults);
        server.resetStats();
    }

    @AfterEach
    void stop() {
        if (server != null) server.close();
    }

    @Test
    void theRateLimitAnswers429WithRetryAfterOnceTheBurstIsSpent() throws Exception {
        start(Faults.NONE.withRateLimit(0.001, 3, 7), 1);
        for (int i = 0; i < 3; i++) assertEquals(200, http.get("/me", token).statusCode());
        HttpResponse<String> limited = http.get("/me", token);
        assertEquals(429, limited.statusCode());
        assertEquals("7", limited.headers().firstValue("Retry-After").orElseThrow());
        assertEquals(429, SandboxHttp.json(limited).get("code").asInt());
        assertEquals(1, server.stats().rateLimited());
    }

    @Test
    void theRateLimitCanAnswer429WithoutRetryAfter() throws Exception {
        start(Faults.NONE.withRateLimit(0.001, 1, -1), 1);
        assertEquals(200, http.get("/me", token).statusCode());
        HttpResponse<String> limited = http.get("/me", token);
        assertEquals(429, limited.statusCode());
        assertTrue(limited.headers().firstValue("Retry-After").isEmpty());
    }

    @Test
    void theBucketRefillsAtTheRate() throws Exception {
        start(Faults.NONE.withRateLimit(1000, 1, 1), 1);
        int ok = 0;
        for (int i = 0; i < 20; i++) {
            if (http.get("/me", token).statusCode() == 200) ok++;
            Thread.sleep(3); // at 1000/s a token is back within a millisecond
        }
        assertEquals(20, ok);
    }

    @Test
    void theErrorShareIsRoughlyTheRateAndReproducibleForASeed() throws Exception {
        List<Integer> first = statuses(0.3, 99);
        long errors = first.stream().filter(s -> s >= 500).count();
        assertTrue(errors > 300 * 0.22 && errors < 300 * 0.38, "errors " + errors + " of 300");
        assertTrue(first.stream().allMatch(s -> s == 200 || s == 500 || s == 502 || s == 503), first.toString());
        assertTrue(first.contains(500) && first.contains(502) && first.contains(503));
        assertEquals(errors, server.stats().injectedErrors());
        stop();
        assertEquals(first, statuses(0.3, 99), "the same seed gives the same sequence to one client");
    }

    private List<Integer> statuses(double rate, long seed) throws Exception {
        start(Faults.NONE.withErrorRate(rate), seed);
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < 300; i++) out.add(http.get("/me", token).statusCode());
        return out;
    }

    @Test
    void aHangDelaysTheAnswerWithoutBlockingOtherClients() throws Exception {
        start(Faults.NONE, 1);
        server.setFaults(Faults.NONE.withHangs(1.0, 3000, false));
        CompletableFuture<HttpResponse<String>> hanging = CompletableFuture.supplyAsync(() -> {
            try {
                return http.get("/me", token);
            } catch (IOException | InterruptedException e) {
                throw new RuntimeException(e);
            }
        });
        while (server.stats().hangs() == 0) Thread.onSpinWait(); // the server has begun the hang
        server.setFaults(Faults.NONE);
        for (int i = 0; i < 5; i++) assertEquals(200, http.get("/me", token).statusCode());
        // a server that served one request at a time would have answered these only after the hang ended
        assertTrue(!hanging.isDone(), "others are served while one request hangs: the hanging one is still waiting");
        assertEquals(200, hanging.get().statusCode(), "a hang that does not drop answers normally at the end");
        assertEquals(1, server.stats().hangs());
        assertTrue(server.stats().maxInFlight() >= 2);
    }

    @Test
    void aDroppedHangClosesTheConnectionWithoutAnAnswer() throws Exception {
        start(Faults.NONE.withHangs(1.0, 50, true), 1);
        assertThrows(IOException.class, () -> http.get("/me", token));
        long tries = server.stats().count("GET /me"); // java.net.http retries an idempotent GET once
        assertTrue(tries >= 1);
        assertEquals(tries, server.stats().routes().get("GET /me").get(SandboxStats.DROPPED));
    }

    @Test
    void latencyIsAdded() throws Exception {
        start(Faults.NONE.withLatency(150, 0), 1);
        long t0 = System.nanoTime();
        assertEquals(200, http.get("/me", token).statusCode());
        assertTrue((System.nanoTime() - t0) / 1_000_000 >= 150);
    }

    @Test
    void statsCountRequestsByRouteAndStatusAndCanBeReadOverHttpAndReset() throws Exception {
        start(Faults.NONE, 1);
        String artist = server.catalogue().followings().get(0).urn();
        http.get("/users/" + artist + "/reposts/tracks?linked_partitioning=true", token);
        http.get("/users/" + artist + "/reposts/tracks?linked_partitioning=true", token);
        http.get("/users/100001/likes/tracks?linked_partitioning=true", token);
        http.get("/me", null);
        http.get("/resolve?url=https://soundcloud.com/nobody/nothing", token);
        SandboxStats.Snapshot s = server.stats();
        assertEquals(5, s.total());
        assertEquals(2, s.count("GET /users/{urn}/reposts/tracks", 200));
        assertEquals(1, s.count("GET /users/{urn}/likes/tracks", 200));
        assertEquals(1, s.count("GET /me", 401));
        assertEquals(1, s.count("GET /resolve", 404));
        assertEquals(3, s.status(200));

        JsonNode remote = SandboxHttp.json(http.get("/_sandbox/stats", null));
        assertEquals(5, remote.get("total").asLong(), "control routes are not counted");
        assertEquals(2, remote.get("routes").get("GET /users/{urn}/reposts/tracks").get("200").asLong());
        assertEquals(1, remote.get("statuses").get("401").asLong());
        assertTrue(remote.has("max_in_flight") && remote.has("in_flight"));

        var reset = http.client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.baseUrl() + "/_sandbox/stats/reset"))
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, reset.statusCode());
        assertEquals(0, server.stats().total());
    }

    @Test
    void faultsCanBeChangedFromAnotherProcess() throws Exception {
        start(Faults.NONE, 1);
        var r = http.put("/_sandbox/faults", null, "{\"error_rate\":1.0}");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(1.0, server.faults().errorRate());
        assertTrue(http.get("/me", token).statusCode() >= 500);
        var bad = http.put("/_sandbox/faults", null, "{\"error_rate\":2}");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("error_rate"), bad.body());
        assertEquals(1.0, server.faults().errorRate());
    }

    @Test
    void manyConcurrentClientsAreServedAtOnce() throws Exception {
        start(Faults.NONE.withLatency(200, 0), 1);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Future<Integer>> fs = new ArrayList<>();
            for (int i = 0; i < 20; i++) fs.add(pool.submit(() -> http.get("/me", token).statusCode()));
            for (Future<Integer> f : fs) assertEquals(200, f.get());
            // the server's own record: while each of the 20 slept 200 ms, at least half were in flight together
            assertTrue(server.stats().maxInFlight() >= 10, "max in flight " + server.stats().maxInFlight());
        } finally {
            pool.shutdownNow();
        }
    }
}
