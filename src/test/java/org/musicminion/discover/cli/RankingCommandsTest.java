package org.musicminion.discover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicminion.discover.Json;
import org.musicminion.discover.store.Database;
import org.musicminion.discover.testing.DiscoveryIndex;
import org.musicminion.discover.testing.JarProcess;
import org.musicminion.discover.testing.TestTerminal;

/** {@code evaluate}, {@code tracks --explain} and {@code artists}' smoothed hit rate over a hand-made index. */
class RankingCommandsTest {
    @TempDir
    Path dir;

    /**
     * Artist 1's picks are kept 4 of 5, artist 2's 1 of 5, artist 3's 1 of 1 (lucky); 120 verdicts over 12 instants,
     * plus unjudged tracks 900.. reposted by 1, 2 and 3.
     */
    @BeforeEach
    void index() {
        try (Database db = Database.openIn(dir)) {
            DiscoveryIndex x = new DiscoveryIndex(db).artist(1, true, 0).artist(2, true, 0).artist(3, true, 0);
            x.keptFourOfFiveAndOneOfFive(12);
            x.track(99, 240, 0).source(99, 3, "repost", 0).judge(99, "liked", 1_000);
            x.track(900, 240, 20).source(900, 1, "repost", 20).source(900, 2, "repost", 21).source(900, 3, "repost", 22);
            x.track(901, 3_000, 20).source(901, 2, "repost", 20);
        }
    }

    private JarProcess.Result cli(String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", dir.toString(), "--config", dir.resolve("none.toml").toString()));
        all.addAll(List.of(args));
        return new TestTerminal().run(all.toArray(String[]::new));
    }

    @Test
    void evaluatePrintsBothRankingsFiguresOnTheChronologicalSplit() throws Exception {
        Files.writeString(dir.resolve("none.toml"), "");
        JarProcess.Result r = cli("evaluate");
        assertEquals(0, r.exitCode(), r.toString());
        JsonNode e = Json.MAPPER.readTree(r.stdout());
        assertEquals(121, e.get("verdicts").asInt());
        assertEquals(e.get("verdicts").asInt(), e.get("train").asInt() + e.get("test").asInt());
        assertTrue(e.get("test").asInt() >= 30 && e.get("test").asInt() <= 40, e.toString());
        for (String f : List.of("precision_at_20", "precision_at_50", "auc")) {
            assertTrue(e.get("heuristic").get(f).isNumber(), f);
            assertTrue(e.get("model").get(f).isNumber(), f);
            assertTrue(e.get("music_minion").get(f).isNumber(), f);
        }
        assertTrue(e.get("heuristic").get("auc").asDouble() > 0.6, e.toString()); // artist 1's picks are the keeps
        assertTrue(List.of("model", "heuristic").contains(e.get("ranking").asText()));

        Files.writeString(dir.resolve("none.toml"), "[ranking]\nmin_verdicts = 500\n");
        JsonNode few = Json.MAPPER.readTree(cli("evaluate").stdout());
        assertTrue(few.get("model").isNull());
        assertEquals("heuristic", few.get("ranking").asText());

        Files.writeString(dir.resolve("none.toml"), "[ranking]\nmodel = \"music-minion\"\n");
        JsonNode waterfall = Json.MAPPER.readTree(cli("evaluate").stdout());
        assertEquals("music-minion", waterfall.get("ranking").asText()); // what sync ranks with now
        assertEquals(e.get("music_minion"), waterfall.get("music_minion"));
    }

    @Test
    void aBadRankingModelIsAConfigError() throws Exception {
        Files.writeString(dir.resolve("none.toml"), "[ranking]\nmodel = \"magic\"\n");
        JarProcess.Result r = cli("evaluate");
        assertEquals(78, r.exitCode(), r.toString());
        assertTrue(r.stderr().contains("ranking.model") && r.stderr().contains("\"music-minion\""), r.stderr());
    }

    @Test
    void tracksExplainGivesScorePlacedByAndReasons() throws Exception {
        Files.writeString(dir.resolve("none.toml"), "[ranking]\nmodel = \"heuristic\"\n");
        JarProcess.Result r = cli("tracks", "--unjudged", "--explain");
        assertEquals(0, r.exitCode(), r.toString());
        Map<String, JsonNode> byUrn = new HashMap<>();
        for (String l : r.lines()) {
            JsonNode n = Json.MAPPER.readTree(l);
            byUrn.put(n.get("urn").asText(), n);
        }
        JsonNode t900 = byUrn.get("soundcloud:tracks:900");
        assertEquals("soundcloud:users:1", t900.get("placed_by").asText()); // best smoothed rate, not lucky artist 3's 1 of 1
        assertTrue(t900.get("score").asDouble() > 0.5, t900.toString());
        List<String> reasons = new ArrayList<>();
        t900.get("reasons").forEach(x -> reasons.add(x.asText()));
        assertEquals("3 reposters", reasons.get(0));
        assertTrue(reasons.get(1).startsWith("picks you keep "), reasons.toString());
        assertTrue(reasons.contains("4 min"), reasons.toString());
        assertTrue(byUrn.get("soundcloud:tracks:901").get("reasons").toString().contains("50 min"));
        assertFalse(cli("tracks", "--unjudged").stdout().contains("placed_by"));
        assertEquals(2, cli("tracks", "--explain", "--format", "csv").exitCode());
    }

    @Test
    void artistsKeepTheRawHitRateAndAddTheSmoothedOne() throws Exception {
        Files.writeString(dir.resolve("none.toml"), "");
        Map<String, JsonNode> byUrn = new HashMap<>();
        for (String l : cli("artists").lines()) {
            JsonNode n = Json.MAPPER.readTree(l);
            byUrn.put(n.get("urn").asText(), n);
        }
        JsonNode lucky = byUrn.get("soundcloud:users:3");
        JsonNode proven = byUrn.get("soundcloud:users:1");
        assertEquals(1.0, lucky.get("hit_rate").asDouble());
        assertTrue(lucky.get("hit_rate_smoothed").asDouble() < proven.get("hit_rate_smoothed").asDouble(), byUrn.toString());
        assertEquals(0.8, proven.get("hit_rate").asDouble(), 1e-9);
        assertTrue(proven.get("hit_rate_smoothed").asDouble() < 0.8);
    }
}
