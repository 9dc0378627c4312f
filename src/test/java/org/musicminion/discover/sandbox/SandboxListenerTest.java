package org.musicminion.discover.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

/** A simulated listener living in a running sandbox, driven over HTTP by another process (sandbox --listener). */
class SandboxListenerTest {
    @Test
    void theAttachedListenerJudgesTheDiscoveryPlaylistOnTheAccountAndDaysGoBy() throws Exception {
        try (SandboxServer server = SandboxServer.start(SandboxOptions.builder().artists(10).perArtist(40).pool(800).seed(3).userLikes(0)
                .world(World.SOUNDCLOUD).build())) {
            Catalogue c = server.catalogue();
            server.attachListener(new SimulatedListener(c, (t, pickers, day) -> day == 1 ? 1.0 : 0.0, new Judging(0, 1), 20, 5),
                    new WorldDays(c, 4, 2.0));
            SandboxHttp http = new SandboxHttp(server);
            List<String> pushed = List.copyOf(c.repostersByTrack().keySet()).subList(0, 25);
            c.replacePlaylistTracks(c.playlistByTitle(Catalogue.DISCOVERY).orElseThrow().urn(), pushed);

            JsonNode day1 = SandboxHttp.json(http.post("/_sandbox/listen"));
            assertEquals(1, day1.get("day").asInt());
            assertEquals(20, day1.get("heard").asInt());
            assertEquals(20, day1.get("liked").asInt());
            assertFalse(day1.has("keep_chance") || day1.toString().contains("0."), day1.toString()); // counts only
            List<String> newestFirst = new java.util.ArrayList<>(pushed.subList(0, 20));
            java.util.Collections.reverse(newestFirst);
            assertEquals(newestFirst, c.userLikes());

            int reposts = c.repostersByTrack().values().stream().mapToInt(java.util.Set::size).sum();
            assertEquals(2, SandboxHttp.json(http.post("/_sandbox/day")).get("day").asInt());
            assertTrue(c.repostersByTrack().values().stream().mapToInt(java.util.Set::size).sum() > reposts);

            c.replacePlaylistTracks(c.playlistByTitle(Catalogue.DISCOVERY).orElseThrow().urn(), pushed.subList(20, 25));
            JsonNode day2 = SandboxHttp.json(http.post("/_sandbox/listen"));
            assertEquals(5, day2.get("not_interested").asInt() + day2.get("not_quite").asInt(), day2.toString());
        }
    }

    @Test
    void withoutAListenerTheListenRouteSaysSo() throws Exception {
        try (SandboxServer server = SandboxServer.start(SandboxOptions.builder().artists(3).perArtist(10).pool(100).build())) {
            var r = new SandboxHttp(server).post("/_sandbox/listen");
            assertEquals(404, r.statusCode());
            assertTrue(r.body().contains("--listener"), r.body());
        }
    }
}
