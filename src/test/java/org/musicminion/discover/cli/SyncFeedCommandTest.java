package org.musicminion.discover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.musicminion.discover.Json;
import org.musicminion.discover.testing.FakeAccount;
import org.musicminion.discover.testing.JarProcess;
import org.musicminion.discover.testing.SyncFakeSoundCloud;

/** {@code sync}'s stream options and exit codes through the CLI (in-process). */
class SyncFeedCommandTest {
    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    @RegisterExtension
    final FakeAccount account = FakeAccount.create("[http]\nmax_retries = 1\n").clock(Clock.fixed(NOW, ZoneOffset.UTC));
    private final SyncFakeSoundCloud fake = account.fake;

    @BeforeEach
    void start() {
        fake.artist(1, "alpha").artist(2, "beta");
        fake.reposts.put(1L, List.of(10L, 11L));
        fake.feed.add(SyncFakeSoundCloud.repostItem(50, 2, NOW.minus(Duration.ofMinutes(20))));
    }

    @Test
    void noFeedSkipsTheStreamAndPrintsFeedNull() throws Exception {
        JarProcess.Result r = account.cli("sync", "--no-feed");
        assertEquals(0, r.exitCode(), r.toString());
        JsonNode s = Json.MAPPER.readTree(r.stdout());
        assertTrue(s.has("feed") && s.get("feed").isNull(), s.toString());
        assertFalse(fake.requests.stream().anyMatch(q -> q.contains("/me/feed")), fake.requests.toString());
        assertEquals(2, s.get("reposts").asInt(), "the sweep's only");
    }

    @Test
    void theStreamIsReadFirstAndItsRepostsArrive() throws Exception {
        JarProcess.Result r = account.cli("sync");
        assertEquals(0, r.exitCode(), r.toString());
        JsonNode s = Json.MAPPER.readTree(r.stdout());
        assertTrue(fake.requests.get(0).startsWith("GET /me/feed/tracks"), fake.requests.toString());
        assertEquals(1, s.get("feed").get("reposts").asInt(), s.toString());
        assertEquals(NOW.minus(Duration.ofMinutes(20)).toString(), s.get("feed").get("checkpoint").asText());
        assertEquals(3, s.get("reposts").asInt());
    }

    @Test
    void aStreamThatCannotBeReadIsNamedInIncompleteListsAndTheRunExits5() throws Exception {
        fake.throttled.put("/me/feed/tracks", 100);
        JarProcess.Result r = account.cli("sync");
        assertEquals(5, r.exitCode(), r.toString());
        JsonNode s = Json.MAPPER.readTree(r.stdout());
        assertEquals("/me/feed/tracks", s.get("incomplete_lists").get(0).get("list").asText(), s.toString());
        assertTrue(s.get("feed").get("error").isTextual(), s.toString());
        assertEquals(2, s.get("reposts").asInt(), "the sweep still ran: " + s);
        assertTrue(r.stderr().contains("/me/feed/tracks"), r.stderr());
    }
}
