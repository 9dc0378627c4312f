package org.musicminion.discover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.musicminion.discover.Json;
import org.musicminion.discover.testing.FakeAccount;
import org.musicminion.discover.testing.JarProcess;
import org.musicminion.discover.testing.ManualClock;
import org.musicminion.discover.testing.SyncFakeSoundCloud;

/** The adaptive check interval through the CLI in-process, on a clock the test moves. */
class AdaptiveSyncTest {
    private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");

    private final ManualClock clock = new ManualClock(T0);
    @RegisterExtension
    final FakeAccount account = FakeAccount.create("[sync]\nmin_interval_hours = 6\nmax_interval_days = 1\n").clock(clock);
    private final SyncFakeSoundCloud fake = account.fake.alphaBetaGamma();

    private JsonNode sync(String... flags) throws Exception {
        List<String> args = new ArrayList<>(List.of("sync"));
        args.addAll(List.of(flags));
        JarProcess.Result r = account.cli(args.toArray(String[]::new));
        assertEquals(0, r.exitCode(), r.toString());
        return Json.MAPPER.readTree(r.stdout());
    }

    /** check_interval_hours by artist id, from the artists command. */
    private Map<Long, Double> intervals() throws Exception {
        JarProcess.Result r = account.cli("artists", "--sort", "tracks");
        assertEquals(0, r.exitCode(), r.toString());
        Map<Long, Double> m = new HashMap<>();
        for (String line : r.lines()) {
            JsonNode n = Json.MAPPER.readTree(line);
            m.put(Long.parseLong(n.get("urn").asText().replace("soundcloud:users:", "")), n.get("check_interval_hours").asDouble());
        }
        return m;
    }

    private void advanceHours(long h) {
        clock.advance(Duration.ofHours(h));
    }

    @Test
    void quietArtistsAreCheckedHalfAsOftenAndAnArtistWithSomethingNewGoesBackToTheMinimum() throws Exception {
        JsonNode first = sync();
        assertEquals(3, first.get("artists_due").asInt());
        assertEquals(3, first.get("artists_fetched").asInt());
        assertEquals(Map.of(1L, 6.0, 2L, 6.0, 3L, 6.0), intervals());

        advanceHours(1); // nobody is due: only the stream, followings and the judgment reads
        int served = fake.requestCount();
        JsonNode early = sync();
        assertEquals(0, early.get("artists_due").asInt());
        assertEquals(3, early.get("artists_skipped").asInt());
        assertEquals(3, early.get("artists").asInt());
        // the stream (one page), followings, /me/likes, /me/playlists
        assertEquals(4, fake.requestCount() - served, fake.requests.toString());

        advanceHours(5); // T0+6h: all due, nothing new: 6 -> 12
        assertEquals(3, sync().get("artists_due").asInt());
        assertEquals(Map.of(1L, 12.0, 2L, 12.0, 3L, 12.0), intervals());

        fake.reposts.get(1L).add(0, 12L);
        advanceHours(6); // T0+12h: nobody due (next at T0+18h)
        assertEquals(0, sync().get("tracks_new").asInt());
        advanceHours(6); // T0+18h: due; alpha found 12 -> back to 6; the others 12 -> 24 (max 1 day)
        JsonNode found = sync();
        assertEquals(1, found.get("tracks_new").asInt());
        assertEquals(Map.of(1L, 6.0, 2L, 24.0, 3L, 24.0), intervals());

        advanceHours(6); // T0+24h: only alpha is due
        JsonNode onlyAlpha = sync();
        assertEquals(1, onlyAlpha.get("artists_due").asInt());
        assertEquals(2, onlyAlpha.get("artists_skipped").asInt());
        assertEquals(Map.of(1L, 12.0, 2L, 24.0, 3L, 24.0), intervals());

        advanceHours(1); // --all fetches everyone (still counting who was due) and stays at the maximum
        JsonNode all = sync("--all");
        assertEquals(0, all.get("artists_due").asInt());
        assertEquals(3, all.get("artists_fetched").asInt());
        assertEquals(0, all.get("artists_skipped").asInt());
        assertEquals(Map.of(1L, 24.0, 2L, 24.0, 3L, 24.0), intervals());
    }

    @Test
    void historyListsEveryRunNewestFirstWithOutcomeAndError() throws Exception {
        sync();
        advanceHours(7);
        fake.throttled.put("/me/followings", 100); // the server keeps answering 429: the run fails
        JarProcess.Result failed = account.cli("sync");
        assertEquals(1, failed.exitCode(), failed.toString());
        fake.throttled.clear();
        advanceHours(1);
        sync("--dry-run"); // not recorded
        JarProcess.Result h = account.cli("history");
        assertEquals(0, h.exitCode(), h.toString());
        List<String> lines = h.lines();
        assertEquals(2, lines.size(), h.stdout());
        JsonNode newest = Json.MAPPER.readTree(lines.get(0));
        JsonNode oldest = Json.MAPPER.readTree(lines.get(1));
        assertEquals("failed", newest.get("outcome").asText());
        assertEquals(T0.plus(Duration.ofHours(7)).toString(), newest.get("started_at").asText());
        assertTrue(newest.get("error").asText().length() > 0, newest.toString());
        assertEquals("ok", oldest.get("outcome").asText());
        assertEquals(T0.toString(), oldest.get("started_at").asText());
        assertEquals(5, oldest.get("tracks_new").asInt());
        assertTrue(oldest.get("requests").asInt() > 0);
        assertEquals(1, account.cli("history", "--limit", "1").lines().size());
        assertEquals(2, account.cli("history", "--limit", "0").exitCode());
    }

    @Test
    void badArtistsOptionsAreUsageErrors() {
        JarProcess.Result sort = account.cli("artists", "--sort", "loudest");
        assertEquals(2, sort.exitCode());
        assertTrue(sort.stderr().contains("hit_rate, activity, tracks"), sort.stderr());
        assertEquals(2, account.cli("artists", "--limit", "0").exitCode());
    }
}
