package org.musicminion.discover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.musicminion.discover.Json;
import org.musicminion.discover.testing.FakeAccount;
import org.musicminion.discover.testing.JarProcess;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

class ResolveCommandTest {
    private final List<String> authorizations = new java.util.concurrent.CopyOnWriteArrayList<>();
    @RegisterExtension
    final FakeAccount account = FakeAccount.routed(fake -> new Dispatcher() {
        @Override
        public MockResponse dispatch(RecordedRequest r) {
            if (r.getUrl().encodedPath().equals("/oauth/token")) {
                return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                        .body("{\"access_token\":\"app-token\",\"expires_in\":3600}").build();
            }
            authorizations.add(r.getHeaders().get("Authorization"));
            String url = r.getUrl().queryParameter("url");
            if (url == null) return new MockResponse.Builder().code(404).build();
            if (url.contains("broken")) return new MockResponse.Builder().code(503).build();
            if (url.contains("gone")) return new MockResponse.Builder().code(404).build();
            return new MockResponse.Builder().code(302)
                    .setHeader("Location", "https://api.example/tracks/soundcloud:tracks:" + url.length()).build();
        }
    });

    private JarProcess.Result run(String stdin, String... args) {
        return account.terminal().stdin(stdin).run(account.args(args).toArray(String[]::new));
    }

    @Test
    void printsOneLineWithEveryFieldPerInputInInputOrder() throws Exception {
        var r = run("", "resolve", "a/b", "https://example.com/x", "a/gone");
        assertEquals(0, r.exitCode(), r.toString());
        List<String> lines = r.lines();
        assertEquals(3, lines.size(), r.toString());
        JsonNode first = Json.MAPPER.readTree(lines.get(0));
        assertEquals(List.of("input", "status", "kind", "id", "urn", "error", "attempts", "cached"),
                iterable(first.fieldNames()));
        assertEquals("a/b", first.get("input").asText());
        assertEquals("resolved", first.get("status").asText());
        assertEquals("track", first.get("kind").asText());
        assertEquals("soundcloud:tracks:" + first.get("id").asLong(), first.get("urn").asText());
        assertTrue(first.get("error").isNull());
        assertEquals("invalid", Json.MAPPER.readTree(lines.get(1)).get("status").asText());
        JsonNode gone = Json.MAPPER.readTree(lines.get(2));
        assertEquals("not_found", gone.get("status").asText());
        assertTrue(gone.get("urn").isNull());
        assertTrue(r.stderr().contains("1 resolved, 1 not found, 0 failed, 1 invalid"), r.stderr());
    }

    @Test
    void readsStdinWhenNoInputOrADashIsGivenAndReusesAnswersNextTime() throws Exception {
        var first = run("a/b\n\nc/d\n", "resolve");
        assertEquals(0, first.exitCode(), first.toString());
        assertEquals(2, first.lines().size());
        int before = account.server.getRequestCount();
        var second = run("c/d\n", "resolve", "a/b", "-");
        assertEquals(0, second.exitCode(), second.toString());
        assertEquals(before, account.server.getRequestCount(), "answered from the cache");
        assertTrue(second.lines().get(0).contains("\"input\":\"a/b\""));
        assertTrue(second.lines().stream().allMatch(l -> l.contains("\"cached\":true")), second.stdout());
        var fresh = run("", "resolve", "--no-cache", "a/b");
        assertEquals(before + 1, account.server.getRequestCount());
        assertTrue(fresh.stdout().contains("\"cached\":false"));
    }

    @Test
    void exitsWith5WhenSomeInputsFailedAfterAllRetries() {
        var r = run("", "resolve", "--retries", "1", "a/b", "a/broken");
        assertEquals(5, r.exitCode(), r.toString());
        assertTrue(r.lines().get(1).contains("\"error\":\"server_error_503\""), r.stdout());
        assertTrue(r.lines().get(1).contains("\"attempts\":2"), r.stdout());
    }

    @Test
    void quietLeavesOutTheSummary() {
        var r = run("", "-q", "resolve", "a/b");
        assertEquals(0, r.exitCode(), r.toString());
        assertEquals("", r.stderr());
    }

    @Test
    void concurrencyOutOfRangeIsAUsageError() {
        for (String j : List.of("0", "257")) {
            var r = run("", "resolve", "-j", j, "a/b");
            assertEquals(2, r.exitCode(), r.toString());
            assertTrue(r.stderr().contains("--concurrency must be between 1 and 256"), r.stderr());
            assertEquals("", r.stdout());
        }
        var neg = run("", "resolve", "--retries", "-1", "a/b");
        assertEquals(2, neg.exitCode(), neg.toString());
    }

    @Test
    void usesTheLoggedInUsersToken() {
        var r = run("", "resolve", "a/b");
        assertEquals(0, r.exitCode(), r.toString());
        assertEquals(List.of("OAuth test-access"), authorizations);
    }

    @Test
    void withoutALoginItUsesTheAppsClientCredentialsToken() throws Exception {
        Files.delete(account.data.resolve("tokens.json"));
        var r = run("", "resolve", "a/b");
        assertEquals(0, r.exitCode(), r.toString());
        assertEquals(List.of("OAuth app-token"), authorizations);
        assertTrue(!r.stdout().contains("app-token") && !r.stderr().contains("app-token"), "the token is never printed");
    }

    private static List<String> iterable(java.util.Iterator<String> it) {
        List<String> l = new java.util.ArrayList<>();
        it.forEachRemaining(l::add);
        return l;
    }
}
