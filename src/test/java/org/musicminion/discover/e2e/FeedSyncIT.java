package org.musicminion.discover.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicminion.discover.Json;
import org.musicminion.discover.sandbox.Catalogue;
import org.musicminion.discover.sandbox.FeedSpec;
import org.musicminion.discover.sandbox.SandboxOptions;
import org.musicminion.discover.sandbox.SandboxServer;
import org.musicminion.discover.testing.JarProcess;
import org.musicminion.discover.testing.SandboxAccount;

/**
 * The fresh path as a cron job sees it: the built jar against a sandbox, two syncs in a row. A
 * repost made in between is in {@code tracks} after the second at its exact time, though its artist
 * is not due for a sweep (the second sync reads no artist list at all).
 */
class FeedSyncIT {
    @TempDir
    Path tmp;

    @Test
    void aRepostMadeBetweenTwoSyncsIsInTracksAfterTheSecondAtItsExactTimeWithoutASweep() throws Exception {
        try (SandboxServer sandbox = SandboxServer.start(SandboxOptions.builder().artists(10).perArtist(20).pool(600).seed(5)
                .feed(FeedSpec.DEFAULT).build())) {
            SandboxAccount account = SandboxAccount.loggedIn(sandbox, tmp);
            Catalogue c = sandbox.catalogue();
            JarProcess.Result first = account.jar("sync").run();
            assertEquals(0, first.exitCode(), first.toString());
            JsonNode s1 = Json.MAPPER.readTree(first.stdout());
            assertEquals(10, s1.get("artists_fetched").asInt());
            assertNotNull(s1.get("feed").get("checkpoint").textValue());

            // an artist whose reposts the stream carries reposts a track nobody in the index has
            String artist = c.followings().stream().map(Catalogue.User::urn).filter(a -> !c.prolific(a)).findFirst().orElseThrow();
            Set<String> known = new HashSet<>(c.repostersByTrack().keySet());
            known.addAll(c.likersByTrack().keySet());
            known.addAll(c.userLikes());
            c.playlists().forEach(p -> known.addAll(p.trackUrns()));
            String track = c.tracks().stream().filter(t -> !t.deleted() && !known.contains(t.urn())).findFirst().orElseThrow().urn();
            assertTrue(c.addRepost(artist, track));
            assertTrue(c.feedCarries(artist, track));
            Catalogue.FeedItem item = c.feed().get(0);
            assertEquals(track, item.trackUrn());

            JarProcess.Result second = account.jar("sync").run();
            assertEquals(0, second.exitCode(), second.toString());
            JsonNode s2 = Json.MAPPER.readTree(second.stdout());
            assertEquals(0, s2.get("artists_fetched").asInt(), "nobody is due for a sweep: " + s2);
            assertEquals(1, s2.get("feed").get("reposts").asInt(), s2.toString());
            assertEquals(1, s2.get("tracks_new").asInt());
            assertEquals(item.at().toString(), s2.get("feed").get("checkpoint").asText());

            JarProcess.Result tracks = account.jar("tracks", "--source", "repost", "--since", "1h").run();
            assertEquals(0, tracks.exitCode(), tracks.toString());
            JsonNode row = null;
            for (String line : tracks.lines()) {
                JsonNode n = Json.MAPPER.readTree(line);
                if (n.get("urn").asText().equals(track)) row = n;
            }
            assertNotNull(row, "the new repost is in tracks: " + tracks.stdout());
            assertEquals(item.at().toString(), row.get("last_reposted_at").asText(), "the stream's exact time");
            assertEquals(item.at().toString(), row.get("first_seen").asText(), "first seen = its earliest link time");
            assertEquals(artist, row.get("reposted_by").get(0).asText());
        }
    }
}
