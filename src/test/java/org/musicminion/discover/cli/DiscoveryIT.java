package org.musicminion.discover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.musicminion.discover.Json;
import org.musicminion.discover.store.Database;
import org.musicminion.discover.testing.DiscoveryIndex;
import org.musicminion.discover.testing.FakeAccount;
import org.musicminion.discover.testing.JarProcess;
import org.musicminion.discover.testing.SyncFakeSoundCloud;

/** artists, history and sync --dry-run as separate processes. */
class DiscoveryIT {
    @RegisterExtension
    final FakeAccount account = FakeAccount.create("[sync]\npage_size = 2\n");

    @BeforeEach
    void start() {
        account.fake.artist(1, "alpha").artist(2, "beta").artist(3, "gamma");
        account.fake.reposts.put(1L, new ArrayList<>(List.of(10L, 11L, 12L, 13L)));
        account.fake.reposts.put(2L, new ArrayList<>(List.of(10L, 20L, 21L)));
        account.fake.likes.put(3L, new ArrayList<>(List.of(11L, 30L)));
        account.fake.myLikes.add(12L);
        account.fake.playlists.put("Discovery", new ArrayList<>());
        account.fake.playlists.put("Not interested", new ArrayList<>(List.of(13L)));
        account.fake.playlists.put("Kept", new ArrayList<>(List.of(21L))); // the user's own playlist: 21 is owned
    }

    private JarProcess.Result cli(String... args) throws Exception {
        JarProcess.Result r = account.jar(args).run();
        assertEquals(0, r.exitCode(), r.toString());
        return r;
    }

    private String dump() {
        try (Database db = Database.openIn(account.data)) {
            return DiscoveryIndex.dump(db);
        }
    }

    @Test
    void dryRunReadsEverythingPrintsThePlaylistAndWritesNothingAnywhere() throws Exception {
        cli("sync");
        account.fake.reposts.get(2L).add(0, 22L);   // new since: the dry run sees it
        account.fake.myLikes.add(20L);              // a new judgment: counted, not stored
        String before = dump();
        int served = account.fake.requests.size();
        JarProcess.Result dry = cli("sync", "--dry-run", "--all", "--push-playlist");
        JsonNode s = Json.MAPPER.readTree(dry.stdout());
        assertTrue(s.get("dry_run").asBoolean(), s.toString());
        assertEquals(1, s.get("tracks_new").asInt(), s.toString());
        assertEquals(1, s.get("judgments").get("liked").asInt(), s.toString());
        JsonNode playlist = s.get("playlist");
        assertTrue(playlist.get("dry_run").asBoolean());
        assertEquals("soundcloud:playlists:" + account.fake.playlistId("Discovery"), playlist.get("urn").asText());
        List<String> urns = new ArrayList<>();
        playlist.get("track_urns").forEach(u -> urns.add(u.asText()));
        assertEquals(playlist.get("tracks").asInt(), urns.size());
        // each pick says why: its score, the one artist it counts against and short reasons
        assertEquals(urns.size(), playlist.get("picks").size(), playlist.toString());
        for (int i = 0; i < urns.size(); i++) {
            JsonNode pick = playlist.get("picks").get(i);
            assertEquals(urns.get(i), pick.get("urn").asText());
            assertTrue(pick.get("score").isNumber() && pick.get("placed_by").asText().startsWith("soundcloud:users:"), pick.toString());
            assertTrue(pick.get("reasons").size() > 0, pick.toString());
        }
        assertTrue(playlist.get("slots_relaxed").isBoolean(), playlist.toString());
        // beta kept 1 of 1 (20, liked now), alpha 1 of 2: beta's new 22 first, then 10 (alpha's and beta's verdicts pooled,
        // counted for beta); judged (12 liked, 13 not interested, 20 liked now) and owned (21) tracks left out
        assertEquals(List.of("soundcloud:tracks:22", "soundcloud:tracks:10"), urns.subList(0, 2));
        assertEquals("soundcloud:users:2", playlist.get("picks").get(1).get("placed_by").asText());
        for (long gone : new long[] {12, 13, 20, 21}) assertFalse(urns.contains(SyncFakeSoundCloud.trackUrn(gone)), urns.toString());
        // the database is exactly as before (no sync_runs row either) and SoundCloud saw only reads
        assertEquals(before, dump());
        List<String> seen = account.fake.requests.subList(served, account.fake.requests.size());
        assertTrue(seen.stream().allMatch(r -> r.startsWith("GET ")), seen.toString());
        assertTrue(seen.stream().anyMatch(r -> r.startsWith("GET /playlists/soundcloud:playlists:" + account.fake.playlistId("Kept") + "/tracks")),
                seen.toString());
        assertEquals(s.get("requests").asInt(), seen.size());
        // the real run then writes what the dry run announced
        JsonNode real = Json.MAPPER.readTree(cli("sync", "--all", "--push-playlist").stdout());
        assertEquals(1, real.get("tracks_new").asInt());
        JsonNode body = Json.MAPPER.readTree(account.fake.putPaths.get("/playlists/soundcloud:playlists:" + account.fake.playlistId("Discovery")));
        List<String> pushed = new ArrayList<>();
        body.get("playlist").get("tracks").forEach(t -> pushed.add(t.get("urn").asText()));
        assertEquals(urns, pushed);
        assertTrue(urns.contains(SyncFakeSoundCloud.trackUrn(30)), urns.toString()); // liked by gamma, reposted by nobody

        // ranking.model = "music-minion": Music Minion's waterfall ranks instead (reposts only: 30 stays out)
        Files.writeString(account.config, Files.readString(account.config) + "[ranking]\nmodel = \"music-minion\"\n");
        JsonNode mm = Json.MAPPER.readTree(cli("sync", "--dry-run", "--push-playlist").stdout()).get("playlist");
        assertEquals("music-minion", mm.get("ranking").asText(), mm.toString());
        List<String> mmUrns = new ArrayList<>();
        mm.get("track_urns").forEach(u -> mmUrns.add(u.asText()));
        assertFalse(mmUrns.isEmpty());
        assertFalse(mmUrns.contains(SyncFakeSoundCloud.trackUrn(30)), mmUrns.toString());
    }

    @Test
    void artistsAndHistoryPrintOneLinePerArtistAndPerRun() throws Exception {
        cli("sync");
        cli("sync", "--all");
        JarProcess.Result artists = cli("artists", "--sort", "hit_rate");
        List<String> lines = artists.lines();
        assertEquals(3, lines.size(), artists.stdout());
        JsonNode best = Json.MAPPER.readTree(lines.get(0));
        for (String field : List.of("urn", "username", "permalink_url", "surfaced", "judged", "liked", "hit_rate", "per_day_7d",
                "per_day_30d", "last_new_at", "check_interval_hours")) {
            assertTrue(best.has(field), field + " missing in " + best);
        }
        // alpha surfaced 10-13: 12 liked, 13 not interested -> 0.5; beta 10, 20, 21: nothing judged -> 0
        assertEquals("alpha", best.get("username").asText());
        assertEquals(4, best.get("surfaced").asInt());
        assertEquals(2, best.get("judged").asInt());
        assertEquals(0.5, best.get("hit_rate").asDouble());
        assertTrue(best.get("last_new_at").asText().endsWith("Z"), best.toString());
        assertEquals(12.0, best.get("check_interval_hours").asDouble()); // first check 6 h, then nothing new
        assertEquals(1, cli("artists", "--limit", "1").lines().size());

        JarProcess.Result history = cli("history");
        assertEquals(2, history.lines().size(), history.stdout());
        JsonNode newest = Json.MAPPER.readTree(history.lines().get(0));
        JsonNode oldest = Json.MAPPER.readTree(history.lines().get(1));
        assertEquals("ok", newest.get("outcome").asText());
        assertEquals(0, newest.get("tracks_new").asInt());
        assertEquals(7, oldest.get("tracks_new").asInt()); // 10-13, 20, 21, 30
        assertTrue(newest.get("started_at").asText().compareTo(oldest.get("started_at").asText()) >= 0);
        assertTrue(newest.has("finished_at") && newest.has("requests") && newest.has("error"), newest.toString());
    }
}
