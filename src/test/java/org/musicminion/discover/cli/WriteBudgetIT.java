package org.musicminion.discover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.musicminion.discover.Json;
import org.musicminion.discover.sandbox.Catalogue;
import org.musicminion.discover.sandbox.SandboxOptions;
import org.musicminion.discover.sandbox.SandboxServer;
import org.musicminion.discover.store.Database;
import org.musicminion.discover.store.RemoteWrites;
import org.musicminion.discover.testing.FakeAccount;
import org.musicminion.discover.testing.JarProcess;
import org.musicminion.discover.testing.SandboxAccount;

/** The write budget across real processes: kill -9 loses no queued write; two processes share one budget. */
class WriteBudgetIT {
    @TempDir
    Path dir;

    private final CountDownLatch likeArrived = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final List<String> likes = new CopyOnWriteArrayList<>();

    /** The fake account; its first like never gets an answer (the process dies waiting), later ones get 201. */
    @RegisterExtension
    final FakeAccount account = FakeAccount.routed(fake -> new Dispatcher() {
        @Override
        public MockResponse dispatch(RecordedRequest r) throws InterruptedException {
            if (r.getMethod().equals("POST") && r.getUrl().encodedPath().startsWith("/likes/tracks/")) {
                likes.add(r.getUrl().encodedPath());
                if (release.getCount() > 0) {
                    likeArrived.countDown();
                    release.await(60, TimeUnit.SECONDS);
                }
                return new MockResponse.Builder().code(201).build();
            }
            return fake.dispatch(r);
        }
    });

    @Test
    void aLikeQueuedByAProcessKilledWhileSendingItGoesOutWithTheNextSync() throws Exception {
        JarProcess.Running judge = JarProcess.of(account.args("judge", "--remote", "--as", "liked", "soundcloud:tracks:77")).start();
        assertTrue(likeArrived.await(60, TimeUnit.SECONDS), "the like was sent: " + judge.stderrSoFar());
        judge.process().destroyForcibly(); // kill -9 between the queue's commit and the answer
        judge.process().waitFor();
        try (Database db = Database.open(account.data.resolve(Database.FILE_NAME))) {
            assertEquals(1, (int) db.read(RemoteWrites::count), "the queued like survived the kill");
        }
        release.countDown();

        var sync = JarProcess.of(account.args("sync")).run();

        assertEquals(0, sync.exitCode(), sync.stderr());
        JsonNode writes = Json.MAPPER.readTree(sync.stdout()).get("remote_writes");
        assertEquals(1, writes.get("sent").asInt(), writes.toString());
        assertEquals(0, writes.get("queued").asInt());
        assertEquals(List.of("/likes/tracks/soundcloud:tracks:77", "/likes/tracks/soundcloud:tracks:77"), likes,
                "sent again once: the one write repeated is the idempotent like");
    }

    @Test
    void twoProcessesJudgingAtOnceShareOneBudget() throws Exception {
        try (SandboxServer server = SandboxServer.start(SandboxOptions.builder().artists(6).perArtist(30).pool(700).userLikes(5).seed(11).build())) {
            SandboxAccount account = SandboxAccount.loggedIn(server, dir);
            Files.writeString(account.config(), Files.readString(account.config()).replace("[http]\n", "[http]\nmax_writes_per_day = 15\n"));
            Catalogue c = server.catalogue();
            var skip = new HashSet<>(c.deletedTrackUrns());
            skip.addAll(c.userLikes());
            for (String title : List.of("Not interested", "Not quite")) c.playlistByTitle(title).ifPresent(p -> skip.addAll(p.trackUrns()));
            List<String> urns = c.tracks().stream().map(Catalogue.Track::urn).filter(u -> !skip.contains(u)).limit(40).toList();

            JarProcess.Running a = account.jar("judge", "--remote", "--as", "liked").stdin(String.join("\n", urns.subList(0, 20)) + "\n").start();
            JarProcess.Running b = account.jar("judge", "--remote", "--as", "liked").stdin(String.join("\n", urns.subList(20, 40)) + "\n").start();
            List<JsonNode> lines = new ArrayList<>();
            for (JarProcess.Running p : List.of(a, b)) {
                var r = p.await();
                assertEquals(0, r.exitCode(), r.stderr());
                for (String l : r.lines()) lines.add(Json.MAPPER.readTree(l));
            }

            assertEquals(15, server.stats().count("POST /likes/tracks/{urn}"), "15 writes between them, not 15 each");
            assertEquals(15, lines.stream().filter(l -> l.get("remote").asText().equals("ok")).count());
            assertEquals(25, lines.stream().filter(l -> l.get("remote").asText().equals("queued")).count());
        }
    }
}
