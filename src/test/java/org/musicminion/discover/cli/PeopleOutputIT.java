package org.musicminion.discover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.musicminion.discover.store.Database;
import org.musicminion.discover.store.SyncLock;
import org.musicminion.discover.store.SyncRuns;
import org.musicminion.discover.testing.DiscoveryIndex;
import org.musicminion.discover.testing.FakeAccount;
import org.musicminion.discover.testing.JarProcess;
import org.musicminion.discover.testing.Pty;
import org.musicminion.discover.testing.SyncFakeSoundCloud;

/**
 * A person at a terminal (bin/minion-discover with stdout on a pseudo-terminal): tables and words
 * that fit the width, names instead of URNs, strangers' control characters escaped; --json and pipes
 * keep printing the JSON scripts read. Also what sync says on Ctrl-C and while it waits for the lock.
 */
class PeopleOutputIT {
    @RegisterExtension
    final FakeAccount account = FakeAccount.withTwoArtists("");
    private final SyncFakeSoundCloud fake = account.fake;

    @BeforeEach
    void index() throws Exception {
        fake.reposts.put(1L, List.of(10L, 11L));
        fake.likes.put(2L, List.of(12L));
        try (Database db = Database.openIn(account.data)) {
            DiscoveryIndex x = new DiscoveryIndex(db).artist(1, true, 0).artist(2, true, 0).artist(3, true, 0);
            x.track(900, 240, 20).source(900, 1, "repost", 20).source(900, 2, "repost", 21).source(900, 3, "like", 22)
                    .title(900, "Night Drive", "Uploader A");
            x.track(901, 3_000, 30).source(901, 2, "repost", 30).title(901, "Evil\u001b[2J\u001b]0;owned\u0007 title", "Uploader B")
                    .judge(901, "liked");
            db.write(c -> SyncRuns.insert(c, new SyncRuns.SyncRun(0, 1_000, 2_500L, SyncRuns.Outcome.OK, 3, 1, "{\"artists\":1}", null)));
        }
    }

    private JarProcess.Result tty(int columns, String... args) throws Exception {
        return Pty.run(account.dir.resolve("pty"), columns, account.args(args));
    }

    private JarProcess.Result pipe(String... args) throws Exception {
        return account.jar(args).run();
    }

    private static void fits(JarProcess.Result r, int columns) {
        for (String line : r.stdout().split("\n")) assertTrue(Width.of(line) <= columns, "wider than " + columns + ": '" + line + "'");
    }

    @Test
    void tracksOnATerminalIsATableOfTitlesUploadersAndTheNamesOfWhoSurfacedThem() throws Exception {
        JarProcess.Result r = tty(140, "tracks");
        assertEquals(0, r.exitCode(), r.toString());
        List<String> lines = List.of(r.stdout().split("\n"));
        assertTrue(lines.get(0).startsWith("TRACK") && lines.get(0).contains("SURFACED BY") && lines.get(0).contains("JUDGMENT"), r.stdout());
        String night = lines.stream().filter(l -> l.contains("Night Drive")).findFirst().orElseThrow();
        assertTrue(night.contains("Night Drive — Uploader A") && night.contains("artist1, artist2 reposted · artist3 liked"), night);
        assertFalse(r.stdout().contains("soundcloud:users:"), "names, not URNs: " + r.stdout());
        String evil = lines.stream().filter(l -> l.contains("Evil")).findFirst().orElseThrow();
        assertTrue(evil.contains("Evil\\x1b[2J\\x1b]0;owned\\x07 title") && evil.contains("liked"), evil);
        assertFalse(r.stdout().contains("\u001b") || r.stdout().contains("\u0007"), "no control character reaches the terminal");
        fits(r, 140);

        JarProcess.Result narrow = tty(44, "tracks");
        fits(narrow, 44);
        assertTrue(narrow.stdout().contains("…"), narrow.stdout());
    }

    @Test
    void withJsonOrInAPipeTheTerminalGetsExactlyTheNdjsonScriptsRead() throws Exception {
        for (String[] args : new String[][] {{"tracks"}, {"tracks", "--explain"}, {"artists"}, {"history"}, {"evaluate"}}) {
            String piped = pipe(args).stdout();
            List<String> json = new ArrayList<>(List.of("--json"));
            json.addAll(List.of(args));
            assertEquals(piped, tty(40, json.toArray(String[]::new)).stdout(), String.join(" ", args));
            assertTrue(piped.startsWith("{"), piped);
        }
        assertTrue(tty(100, "tracks", "--format", "ndjson").stdout().startsWith("{\"urn\":"), "an explicit --format ndjson");
    }

    @Test
    void explainArtistsHistoryEvaluateAndAuthStatusSpeakToPeople() throws Exception {
        JarProcess.Result explain = tty(160, "tracks", "--explain");
        assertTrue(explain.stdout().contains("WHY") && explain.stdout().contains("PLACED BY") && explain.stdout().contains("reposter"),
                explain.stdout());
        JarProcess.Result artists = tty(100, "artists");
        assertTrue(artists.stdout().startsWith("ARTIST") && artists.stdout().contains("artist1") && artists.stdout().contains("KEEP RATE"),
                artists.stdout());
        fits(artists, 100);
        JarProcess.Result history = tty(100, "history");
        assertTrue(history.stdout().contains("1970-01-01 00:00:01") && history.stdout().contains("ok") && history.stdout().contains("1.5 s"),
                history.stdout());
        JarProcess.Result evaluate = tty(60, "evaluate");
        assertTrue(evaluate.stdout().contains("verdict") && evaluate.stdout().contains("judge"), evaluate.stdout());
        fits(evaluate, 60);
        assertEquals("", evaluate.stderr(), "the words are on stdout, not repeated on stderr");
        JarProcess.Result status = tty(100, "auth", "status");
        assertEquals(0, status.exitCode(), status.toString());
        assertTrue(status.stdout().startsWith("Logged in to SoundCloud as listener (soundcloud:users:42)."), status.stdout());
    }

    @Test
    void syncOnATerminalPrintsItsLineThenThePicksWithTitlesAndReasons() throws Exception {
        JarProcess.Result r = tty(120, "sync", "--push-playlist");
        assertEquals(0, r.exitCode(), r.toString());
        List<String> lines = List.of(r.stdout().split("\n"));
        assertTrue(lines.get(0).startsWith("sync: 2 of 2 artists fetched"), r.stdout());
        assertTrue(r.stdout().contains("Pushed to the discovery playlist (heuristic ranking)"), r.stdout());
        assertTrue(r.stdout().contains("Track 10 — uploader3") && r.stdout().contains("reposter"), r.stdout());
        assertFalse(r.stdout().contains("\"artists\""), "no JSON for people: " + r.stdout());
        assertFalse(r.stderr().contains("sync: 2 of 2"), "the line is shown once: " + r.stderr());
        fits(r, 120);
        JarProcess.Result json = tty(120, "--json", "sync", "--dry-run", "--push-playlist");
        assertTrue(json.stdout().startsWith("{\"artists\":2,") && json.stdout().strip().endsWith("}"), json.stdout());
    }

    @Test
    void ctrlCDuringSyncSaysInOneLineThatNothingWasMergedAndExits130() throws Exception {
        fake.delayMillis = 400;
        JarProcess.Running run = account.jar("sync").start();
        while (fake.requests.isEmpty()) Thread.sleep(20); // the run is under way
        new ProcessBuilder("kill", "-INT", Long.toString(run.process().pid())).start().waitFor();
        JarProcess.Result r = run.await();
        assertEquals(130, r.exitCode(), r.toString());
        List<String> said = r.stderr().lines().filter(l -> l.contains("interrupted")).toList();
        assertEquals(1, said.size(), r.stderr());
        assertTrue(said.get(0).startsWith("minion-discover: sync interrupted: nothing of this run was merged, the index is as it was"),
                said.get(0));
    }

    @Test
    void syncWaitSaysWhomItWaitsForAndStartsWhenTheLockIsFree() throws Exception {
        JarProcess.Running run;
        try (SyncLock held = SyncLock.acquire(account.data, false)) {
            run = account.jar("sync", "--wait").start();
            while (!run.stderrSoFar().contains("waiting")) {
                assertTrue(run.process().isAlive(), run.stderrSoFar());
                Thread.sleep(20);
            }
            String said = run.stderrSoFar();
            assertTrue(said.contains("waiting for the sync that holds " + account.data.resolve("sync.lock") + " to finish: pid "
                    + ProcessHandle.current().pid() + ", running since "), said);
            assertTrue(fake.requests.isEmpty(), "nothing is fetched while waiting");
        }
        JarProcess.Result r = run.await();
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.stderr().contains("the other sync finished; starting"), r.stderr());
    }
}
