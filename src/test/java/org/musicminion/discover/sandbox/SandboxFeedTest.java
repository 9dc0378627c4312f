package org.musicminion.discover.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.musicminion.discover.testing.ManualClock;

class SandboxFeedTest {
    static final Instant START = Instant.parse("2026-11-02T10:00:00Z");

    ManualClock clock = new ManualClock(START);
    SandboxServer server;
    SandboxHttp http;
    String token;

    void start(FeedSpec feed) throws Exception {
        server = SandboxServer.start(SandboxOptions.builder().artists(40).perArtist(30).pool(3000).seed(11).clock(clock).feed(feed).build());
        http = new SandboxHttp(server);
        token = http.login().get("access_token").asText();
    }

    @AfterEach
    void stop() {
        if (server != null) server.close();
    }

    /** Every item of the stream by walking next_href from {@code first}. */
    List<JsonNode> walk(String first) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String url = first;
        while (url != null) {
            assertTrue(seen.add(url), "next_href repeats: " + url);
            var r = http.get(url, token);
            assertEquals(200, r.statusCode(), r.body());
            JsonNode page = SandboxHttp.json(r);
            assertTrue(page.has("future_href"), "every page has future_href");
            page.get("collection").forEach(out::add);
            url = page.get("next_href").isNull() ? null : page.get("next_href").asText();
        }
        return out;
    }

    @Test
    void theStreamHasTheSpecShapeNewestFirstWithAReposterOnlyOnReposts() throws Exception {
        start(FeedSpec.UNTHINNED.withUploadsPerArtist(2));
        List<JsonNode> items = walk("/me/feed/tracks?limit=97");
        assertEquals(40 * 30 + 40 * 2, items.size(), "every repost and upload, unthinned");
        Instant previous = Instant.MAX;
        int uploads = 0;
        for (JsonNode i : items) {
            String type = i.get("type").asText();
            assertTrue(i.get("created_at").asText().matches("\\d{4}/\\d\\d/\\d\\d \\d\\d:\\d\\d:\\d\\d \\+0000"), i.toString());
            Instant at = Views.SC_TIME.parse(i.get("created_at").asText(), Instant::from);
            assertFalse(at.isAfter(previous), "newest first");
            assertFalse(at.isAfter(START));
            previous = at;
            assertEquals("track", i.get("origin").get("kind").asText());
            if (type.equals("track:repost")) {
                assertTrue(i.get("reposter").asText().matches("soundcloud:users:1000\\d\\d"));
            } else {
                assertEquals("track", type);
                assertFalse(i.has("reposter"));
                assertTrue(i.get("origin").get("user").get("urn").asText().startsWith("soundcloud:users:1000"), "uploaded by a followed artist");
                uploads++;
            }
        }
        assertEquals(80, uploads);
        assertEquals(items.size(), walk("/me/feed?limit=200").size(), "/me/feed carries the same items");
    }

    @Test
    void aRepostMadeNowIsTheNewestItemAndFutureHrefShowsOnlyNewerItems() throws Exception {
        start(FeedSpec.UNTHINNED);
        Catalogue c = server.catalogue();
        var first = SandboxHttp.json(http.get("/me/feed/tracks?limit=5", token));
        String future = first.get("future_href").asText();
        clock.advance(Duration.ofMinutes(30));
        String artist = c.followings().get(3).urn();
        String fresh = c.tracks().stream().filter(t -> !t.deleted() && !c.repostsOf(artist).contains(t.urn())).findFirst().orElseThrow().urn();
        assertTrue(c.addRepost(artist, fresh));
        JsonNode head = SandboxHttp.json(http.get("/me/feed/tracks?limit=5", token)).get("collection").get(0);
        assertEquals(fresh, head.get("origin").get("urn").asText());
        assertEquals(artist, head.get("reposter").asText());
        assertEquals("2026/11/02 10:30:00 +0000", head.get("created_at").asText());
        List<JsonNode> newer = walk(future);
        assertEquals(1, newer.size());
        assertEquals(fresh, newer.get(0).get("origin").get("urn").asText());
    }

    @Test
    void prolificArtistsAreThinnedAsConfiguredAndTheOthersAreNot() throws Exception {
        start(FeedSpec.DEFAULT.withThinning(0.5, 0.2, 0.5));
        Catalogue c = server.catalogue();
        int prolificAll = 0;
        int prolificCarried = 0;
        int quietAll = 0;
        int quietCarried = 0;
        for (Catalogue.User a : c.followings()) {
            for (String t : c.repostsOf(a.urn())) {
                if (c.prolific(a.urn())) {
                    prolificAll++;
                    if (c.feedCarries(a.urn(), t)) prolificCarried++;
                } else {
                    quietAll++;
                    if (c.feedCarries(a.urn(), t)) quietCarried++;
                }
            }
        }
        assertTrue(prolificAll > 300, "about half of the artists are prolific: " + prolificAll);
        assertEquals(quietAll, quietCarried);
        double share = prolificCarried / (double) prolificAll;
        assertTrue(share > 0.14 && share < 0.26, "about 20 % of prolific reposts reach the stream: " + share);
        long reposts = walk("/me/feed/tracks?limit=200").stream().filter(i -> i.get("type").asText().equals("track:repost")).count();
        assertEquals(quietCarried + prolificCarried, reposts);
    }

    @Test
    void aBadCursorOrLimitIs400() throws Exception {
        start(FeedSpec.DEFAULT);
        assertEquals(400, http.get("/me/feed/tracks?cursor=nonsense", token).statusCode());
        assertEquals(400, http.get("/me/feed/tracks?limit=0", token).statusCode());
        assertEquals(401, http.get("/me/feed/tracks", null).statusCode());
        assertNotNull(SandboxHttp.json(http.get("/me/feed/tracks?limit=1000", token)).get("collection"));
    }
}
