package org.musicminion.discover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicminion.discover.Json;
import org.musicminion.discover.sandbox.Catalogue;
import org.musicminion.discover.sandbox.SandboxOptions;
import org.musicminion.discover.sandbox.SandboxServer;
import org.musicminion.discover.testing.JarProcess;
import org.musicminion.discover.testing.ManualClock;
import org.musicminion.discover.testing.SandboxAccount;
import org.musicminion.discover.testing.TestTerminal;

/**
 * The day's write budget (http.max_writes_per_day), whole commands against the sandbox with the
 * clock moved by hand: likes beyond the budget queue in the database, a later day's sync sends them, nothing is lost.
 */
class WriteBudgetTest {
    @TempDir
    Path dir;

    private SandboxServer server;
    private SandboxAccount account;
    private final ManualClock clock = new ManualClock(Instant.now());

    @AfterEach
    void stop() {
        if (server != null) server.close();
    }

    private void start(int budget) throws Exception {
        server = SandboxServer.start(SandboxOptions.builder().artists(6).perArtist(30).pool(700).userLikes(5).seed(11).build());
        account = SandboxAccount.loggedIn(server, dir);
        Files.writeString(account.config(), Files.readString(account.config()).replace("[http]\n", "[http]\nmax_writes_per_day = " + budget + "\n"));
    }

    private JarProcess.Result run(String stdin, String... args) {
        List<String> all = new ArrayList<>(List.of("--config", account.config().toString(), "--data-dir", account.dataDir().toString()));
        all.addAll(List.of(args));
        return new TestTerminal().clock(clock).sleeper(clock.sleeper()).stdin(stdin).run(all.toArray(String[]::new));
    }

    /** Live tracks neither liked nor in a judgment playlist: liking one is exactly one write. */
    private List<String> unliked(int n) {
        Catalogue c = server.catalogue();
        var skip = new java.util.HashSet<>(c.deletedTrackUrns());
        skip.addAll(c.userLikes());
        for (String title : List.of("Not interested", "Not quite")) c.playlistByTitle(title).ifPresent(p -> skip.addAll(p.trackUrns()));
        return c.tracks().stream().map(Catalogue.Track::urn).filter(u -> !skip.contains(u)).limit(n).toList();
    }

    private static List<JsonNode> lines(JarProcess.Result r) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String l : r.lines()) out.add(Json.MAPPER.readTree(l));
        return out;
    }

    private static long remote(List<JsonNode> lines, String word) {
        return lines.stream().filter(l -> word.equals(l.path("remote").asText())).count();
    }

    private long likesSent() {
        return server.stats().count("POST /likes/tracks/{urn}");
    }

    @Test
    void fiveHundredLikesWithABudgetOfTenSendTenQueueTheRestAndEachNextDaysSyncSendsTheNextTen() throws Exception {
        start(10);
        List<String> urns = unliked(500);
        assertEquals(500, urns.size());

        var judge = run(String.join("\n", urns) + "\n", "judge", "--remote", "--as", "liked");

        assertEquals(0, judge.exitCode(), judge.stderr());
        List<JsonNode> out = lines(judge);
        assertEquals(500, out.size());
        assertEquals(10, remote(out, "ok"), "the budget's ten go out");
        assertEquals(490, remote(out, "queued"), "the rest wait, each line says so");
        assertEquals(10, likesSent());
        assertTrue(judge.stderr().contains("490 queued for SoundCloud") && judge.stderr().contains("max_writes_per_day = 10 is spent until "),
                judge.stderr());
        assertTrue(out.stream().allMatch(l -> "liked".equals(l.get("judgment").asText())), "every verdict is recorded locally");

        clock.advance(Duration.ofHours(23));
        JsonNode sameDay = Json.MAPPER.readTree(run("", "sync").stdout());
        assertEquals(10, likesSent(), "23 hours later the budget is still spent");
        assertEquals(0, sameDay.get("remote_writes").get("sent").asInt());
        assertEquals(490, sameDay.get("remote_writes").get("queued").asInt());
        assertTrue(sameDay.get("remote_writes").get("frees_at").isTextual());

        clock.advance(Duration.ofHours(2));
        var nextDay = run("", "sync");
        assertEquals(0, nextDay.exitCode(), nextDay.stderr());
        JsonNode writes = Json.MAPPER.readTree(nextDay.stdout()).get("remote_writes");
        assertEquals(10, writes.get("sent").asInt());
        assertEquals(480, writes.get("queued").asInt());
        assertEquals(20, likesSent(), "the next day's sync sends the next ten");
        assertTrue(server.catalogue().userLikes().containsAll(urns.subList(0, 20)), "oldest first");
        assertFalse(server.catalogue().userLikes().contains(urns.get(20)));
        assertTrue(nextDay.stderr().contains("10 sent, 480 queued"), nextDay.stderr());
    }

    @Test
    void aDryRunSendsNothingAndABudgetOfZeroQueuesEverything() throws Exception {
        start(0);
        List<String> urns = unliked(3);
        var judge = run("", "judge", "--remote", "--as", "liked", urns.get(0), urns.get(1), urns.get(2));
        assertEquals(0, judge.exitCode(), judge.stderr());
        assertEquals(3, remote(lines(judge), "queued"));
        assertEquals(0, likesSent());

        Files.writeString(account.config(), Files.readString(account.config()).replace("max_writes_per_day = 0", "max_writes_per_day = 5"));
        JsonNode preview = Json.MAPPER.readTree(run("", "sync", "--dry-run").stdout());
        assertEquals(0, likesSent(), "a dry run sends nothing");
        assertEquals(3, preview.get("remote_writes").get("queued").asInt());
        assertEquals(0, preview.get("remote_writes").get("sent").asInt());

        JsonNode real = Json.MAPPER.readTree(run("", "sync").stdout());
        assertEquals(3, likesSent());
        assertEquals(3, real.get("remote_writes").get("sent").asInt());
        assertEquals(0, real.get("remote_writes").get("queued").asInt());
        assertNull(real.get("remote_writes").get("frees_at").textValue(), "two of five left");
    }

    @Test
    void aClearAfterAQueuedLikeIsOneUnlikeAndNoLike() throws Exception {
        start(1);
        List<String> urns = unliked(2);
        run("", "judge", "--remote", "--as", "liked", urns.get(0)); // takes the day's one write
        var queued = run("", "judge", "--remote", "--as", "liked", urns.get(1));
        assertEquals("queued", lines(queued).get(0).get("remote").asText());
        var clear = run("", "judge", "--remote", "--as", "clear", urns.get(1));
        assertEquals("queued", lines(clear).get(0).get("remote").asText());

        clock.advance(Duration.ofHours(25));
        JsonNode writes = Json.MAPPER.readTree(run("", "sync").stdout()).get("remote_writes");

        assertEquals(1, writes.get("sent").asInt());
        assertEquals(1, likesSent(), "the queued like was replaced by the clear: never sent");
        assertEquals(1, server.stats().count("DELETE /likes/tracks/{urn}"), "the clear is one unlike");
        assertFalse(server.catalogue().userLikes().contains(urns.get(1)));
    }

    @Test
    void aLaterLocalVerdictDropsTheQueuedRemoteOne() throws Exception {
        start(0);
        String urn = unliked(1).get(0);
        run("", "judge", "--remote", "--as", "liked", urn);
        assertEquals(0, run("", "judge", "--as", "not_quite", urn).exitCode());
        Files.writeString(account.config(), Files.readString(account.config()).replace("max_writes_per_day = 0", "max_writes_per_day = 5"));

        JsonNode writes = Json.MAPPER.readTree(run("", "sync").stdout()).get("remote_writes");

        assertEquals(0, writes.get("queued").asInt());
        assertEquals(0, likesSent(), "the listener's newer word stands: the stale like is not sent");
    }

    @Test
    void aPushTheBudgetDoesNotAllowIsDeferredAndTheNextSyncPushesItWithoutTheFlag() throws Exception {
        start(1);
        run("", "judge", "--remote", "--as", "liked", unliked(1).get(0)); // the day's one write
        String discovery = server.catalogue().playlistByTitle("Discovery").orElseThrow().urn();
        long putsBefore = server.stats().count("PUT /playlists/{urn}");

        var deferred = run("", "sync", "--push-playlist");

        assertEquals(0, deferred.exitCode(), deferred.stderr());
        JsonNode playlist = Json.MAPPER.readTree(deferred.stdout()).get("playlist");
        assertTrue(playlist.get("deferred").asBoolean(), playlist.toString());
        assertEquals(discovery, playlist.get("urn").asText());
        assertEquals(putsBefore, server.stats().count("PUT /playlists/{urn}"), "no push beyond the budget");
        assertTrue(deferred.stderr().contains("playlist push is deferred"), deferred.stderr());

        clock.advance(Duration.ofHours(25));
        var later = run("", "sync"); // no --push-playlist: the deferred push is owed
        JsonNode pushed = Json.MAPPER.readTree(later.stdout()).get("playlist");
        assertFalse(pushed.has("deferred"), pushed.toString());
        assertEquals(putsBefore + 1, server.stats().count("PUT /playlists/{urn}"));
        assertTrue(server.catalogue().playlistByTitle("Discovery").orElseThrow().trackUrns().size() > 0);

        assertTrue(Json.MAPPER.readTree(run("", "sync").stdout()).get("playlist").isNull(), "owed once: the next plain sync pushes nothing");
    }

    @Test
    void aNegativeBudgetIsAConfigError() throws Exception {
        start(0);
        Files.writeString(account.config(), Files.readString(account.config()).replace("max_writes_per_day = 0", "max_writes_per_day = -1"));
        var r = run("", "judge", "--remote", "--as", "liked", "soundcloud:tracks:1");
        assertEquals(78, r.exitCode(), r.stderr());
        assertTrue(r.stderr().contains("http.max_writes_per_day"), r.stderr());
        Files.writeString(account.config(), Files.readString(account.config()).replace("max_writes_per_day = -1", "max_writes_per_day = 2.5"));
        assertEquals(78, run("", "judge", "--remote", "--as", "liked", "soundcloud:tracks:1").exitCode());
    }
}
