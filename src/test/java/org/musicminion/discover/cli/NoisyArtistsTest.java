package org.musicminion.discover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicminion.discover.Json;
import org.musicminion.discover.store.Database;
import org.musicminion.discover.testing.DiscoveryIndex;
import org.musicminion.discover.testing.JarProcess;
import org.musicminion.discover.testing.TestTerminal;

/** {@code artists --noisy}: who floods the listener with tracks they do not keep, and the plain suggestion. */
class NoisyArtistsTest {
    private static final long DAY = 86_400_000L;
    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    @TempDir
    Path dir;

    @Test
    void listsOnlyTheNoisyFollowedArtistsMostUnkeptFirstWithTheirSuggestion() throws Exception {
        long now = NOW.toEpochMilli();
        try (Database db = Database.openIn(dir)) {
            DiscoveryIndex x = new DiscoveryIndex(db);
            for (long a = 1; a <= 4; a++) x.artist(a, true, now - 90 * DAY);
            long id = 1000;
            // artist 1: 30 tracks in 30 days (7 a week), 1 kept of 20 judged; artist 2: 15 tracks, 2 kept of 8;
            // artist 3: 30 tracks, 12 kept of 20 (kept more than the rest); artist 4: 2 tracks a month
            int[][] plan = {{1, 30, 20, 1}, {2, 15, 8, 2}, {3, 30, 20, 12}, {4, 2, 2, 0}};
            for (int[] p : plan) {
                for (int i = 0; i < p[1]; i++, id++) {
                    x.track(id, 240, now - (i % 29 + 1) * DAY).source(id, p[0], "repost", now - (i % 29 + 1) * DAY);
                    if (i < p[2]) x.judge(id, i < p[3] ? "liked" : "not_interested", now);
                }
            }
        }
        java.nio.file.Files.writeString(dir.resolve("none.toml"), "");
        JarProcess.Result r = new TestTerminal().clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .run("--data-dir", dir.toString(), "--config", dir.resolve("none.toml").toString(), "artists", "--noisy");
        assertEquals(0, r.exitCode(), r.toString());
        List<JsonNode> lines = r.stdout().lines().map(l -> {
            try {
                return Json.MAPPER.readTree(l);
            } catch (Exception e) {
                throw new AssertionError(l, e);
            }
        }).toList();
        assertEquals(List.of("soundcloud:users:1", "soundcloud:users:2"), lines.stream().map(l -> l.get("urn").asText()).toList());
        JsonNode first = lines.get(0);
        assertEquals("unfollow candidate", first.get("suggestion").asText());
        assertEquals(7.0, first.get("tracks_per_week").asDouble(), 1e-9);
        assertEquals(20, first.get("verdicts").asInt());
        assertEquals(1, first.get("liked").asInt());
        assertEquals(15.0 / 50, first.get("overall_keep_rate").asDouble(), 1e-3, "liked 15 of 50 verdicts overall");
        assertTrue(first.get("reason").asText().contains("7.0 tracks a week"), first.toString());
        assertEquals("mute candidate", lines.get(1).get("suggestion").asText());
    }
}
