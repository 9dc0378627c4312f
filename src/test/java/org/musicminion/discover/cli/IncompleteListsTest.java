package org.musicminion.discover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.musicminion.discover.Json;
import org.musicminion.discover.testing.FakeAccount;
import org.musicminion.discover.testing.JarProcess;
import org.musicminion.discover.testing.ManualClock;
import org.musicminion.discover.testing.SyncFakeSoundCloud;

import mockwebserver3.MockWebServer;

/** A list sync cannot read completely, through the CLI in-process: exit 5, named on stderr, its artist stays due. */
class IncompleteListsTest {
    private static final String ENDLESS = "/users/soundcloud:users:1/reposts/tracks";

    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-20T10:00:00Z"));
    @RegisterExtension
    final FakeAccount account = FakeAccount.create("[http]\nmax_pages_per_list = 5\nmax_retries = 0\n[sync]\npage_size = 2\nmin_interval_hours = 6\nfeed = false\n")
            .clock(clock);
    private final SyncFakeSoundCloud fake = account.fake.alphaBetaGamma();

    private JarProcess.Result sync() {
        return account.cli("sync");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void judgeImportWithAnEndlessLikesListImportsTheRestAndExits5NamingIt() throws Exception {
        fake.myLikes.add(10L);
        fake.playlists.put("Not interested", new ArrayList<>(List.of(11L)));
        fake.endless.add("/me/likes/tracks");
        JarProcess.Result r = account.cli("judge", "--import");
        assertEquals(5, r.exitCode(), r.toString());
        assertTrue(r.stderr().contains("/me/likes/tracks"), r.stderr());
        JarProcess.Result kept = account.cli("tracks", "--judgment", "not_interested");
        assertTrue(kept.stdout().contains("soundcloud:tracks:11"), kept.toString()); // the playlist read completely was imported
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS) // before the page cap, an endless next_href chain ran until killed
    void anEndlessListEndsSyncWithExit5NamingItAndItsArtistStaysDue() throws Exception {
        fake.endless.add(ENDLESS);
        JarProcess.Result r = sync();
        assertEquals(5, r.exitCode(), r.toString());
        assertTrue(r.stderr().contains(ENDLESS) && r.stderr().contains("page cap"), r.stderr());
        JsonNode s = Json.MAPPER.readTree(r.stdout());
        assertEquals(ENDLESS, s.get("incomplete_lists").get(0).get("list").asText(), s.toString());
        assertEquals(2, s.get("artists_fetched").asInt(), s.toString());
        assertEquals(5, fake.requests.stream().filter(q -> q.startsWith("GET " + ENDLESS)).count());
        JarProcess.Result history = account.cli("history", "--limit", "1");
        JsonNode run = Json.MAPPER.readTree(history.stdout());
        assertEquals("partial", run.get("outcome").asText(), history.toString()); // was "ok" for an exit-5 run
        assertTrue(run.get("error").asText().contains("page cap"), run.toString());

        fake.endless.clear(); // the list is readable again: alpha is still due, the others are not
        fake.requests.clear();
        JarProcess.Result again = sync();
        assertEquals(0, again.exitCode(), again.toString());
        JsonNode s2 = Json.MAPPER.readTree(again.stdout());
        assertEquals(1, s2.get("artists_fetched").asInt(), s2.toString());
        assertTrue(fake.requests.stream().anyMatch(q -> q.startsWith("GET " + ENDLESS)), fake.requests.toString());
        assertEquals(0, s2.get("incomplete_lists").size());
    }

    @Test
    void aListRedirectedToAnotherHostIsIncompleteNamedAndNothingOfTheOtherHostIsMerged() throws Exception {
        try (MockWebServer elsewhere = new MockWebServer()) {
            SyncFakeSoundCloud other = new SyncFakeSoundCloud(); // "somewhere else" answers a made-up track
            other.artist(1, "alpha");
            other.reposts.put(1L, List.of(666L));
            elsewhere.setDispatcher(other);
            elsewhere.start();
            fake.redirects.put(ENDLESS, elsewhere.url(ENDLESS).toString());
            JarProcess.Result r = account.cli("-v", "sync");
            assertEquals(5, r.exitCode(), r.toString());
            String origin = "http://" + elsewhere.getHostName() + ":" + elsewhere.getPort();
            JsonNode s = Json.MAPPER.readTree(r.stdout());
            JsonNode incomplete = s.get("incomplete_lists").get(0);
            assertEquals(ENDLESS, incomplete.get("list").asText(), s.toString());
            assertTrue(incomplete.get("reason").asText().contains(origin), s.toString());
            assertTrue(r.stderr().contains("redirect to " + origin), "-v names the host: " + r.stderr());
            assertEquals(0, elsewhere.getRequestCount(), "the other host was never asked");
            JarProcess.Result tracks = account.cli("tracks");
            assertFalse(tracks.stdout().contains("soundcloud:tracks:666"), tracks.stdout());
            assertTrue(tracks.stdout().contains("soundcloud:tracks:20"), "the other artists' lists were merged: " + tracks.stdout());
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aSyncThatRunsPastItsDeadlineEndsMergesWhatItReadReportsTheRestAndReleasesTheLock() throws Exception {
        account.server.setDispatcher(new mockwebserver3.Dispatcher() {
            @Override
            public mockwebserver3.MockResponse dispatch(mockwebserver3.RecordedRequest request) throws InterruptedException {
                clock.advance(java.time.Duration.ofSeconds(25)); // a server that answers, slowly
                return fake.dispatch(request);
            }
        });
        Files.writeString(account.config, Files.readString(account.config).replace("[sync]\n", "[sync]\nmax_run_minutes = 1\nconcurrency = 1\n"));
        JarProcess.Result r = sync();
        assertEquals(5, r.exitCode(), r.toString());
        JsonNode s = Json.MAPPER.readTree(r.stdout());
        assertTrue(s.get("incomplete_lists").size() > 0, s.toString());
        assertTrue(s.get("incomplete_lists").get(0).get("reason").asText().contains("sync.max_run_minutes = 1"), s.toString());
        assertTrue(s.get("artists_fetched").asInt() < 3, "it stopped before the end: " + s);
        assertTrue(r.stderr().contains("deadline"), r.stderr());
        int asked = fake.requestCount();
        assertTrue(asked <= 4, "nothing asked after the deadline: " + fake.requests);

        JarProcess.Result next = sync(); // the lock was released: the next run starts, and goes on where this one stopped
        assertTrue(next.exitCode() == 0 || next.exitCode() == 5, next.toString());
        assertTrue(fake.requestCount() > asked, fake.requests.toString());
    }
}
