package org.musicminion.discover.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.musicminion.discover.ExitException;
import org.musicminion.discover.Json;
import org.musicminion.discover.Judgment;
import org.musicminion.discover.config.Settings;
import org.musicminion.discover.store.Database;
import org.musicminion.discover.store.Judgments;
import org.musicminion.discover.store.SyncRuns;
import org.musicminion.discover.testing.FakeAccount;
import org.musicminion.discover.testing.RecordingMessages;
import org.musicminion.discover.testing.SyncFakeSoundCloud;
import org.musicminion.discover.testing.SyncTestClients;

class SyncTest {
    @RegisterExtension
    final FakeAccount account = FakeAccount.create();
    private final SyncTestClients clients = new SyncTestClients();
    private final RecordingMessages messages = new RecordingMessages();
    private final List<String> warnings = messages.warnings;
    private Database db;
    private Instant now = Instant.parse("2026-11-20T10:00:00Z");

    @BeforeEach
    void start() throws Exception {
        db = Database.openIn(account.data);
        // 4 artists; pages of 3 so lists span several pages
        account.fake.artist(1, "alpha").artist(2, "beta").artist(3, "gamma").artist(4, "delta");
        account.fake.reposts.put(1L, new ArrayList<>(List.of(10L, 11L, 12L, 13L, 14L, 15L, 16L)));
        account.fake.reposts.put(2L, new ArrayList<>(List.of(10L, 11L, 20L)));
        account.fake.reposts.put(3L, new ArrayList<>(List.of(10L, 30L, 31L, 32L)));
        account.fake.likes.put(1L, new ArrayList<>(List.of(20L, 30L)));
        account.fake.likes.put(4L, new ArrayList<>(List.of(10L, 40L, 41L, 42L, 43L)));
    }

    @AfterEach
    void stop() {
        db.close();
    }

    private SyncOptions options(boolean full, boolean push, int maxTracks) {
        Settings cfg = Settings.of(null, Map.of("sync.page_size", 3L, "sync.concurrency", 2L,
                "playlists.reposts.max_tracks", (long) maxTracks));
        // every artist: these tests are about paging and merging
        return SyncOptions.builder(cfg).full(full).all(true).pushPlaylist(push).build();
    }

    private Sync sync(SyncOptions o) {
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        return TestSyncs.of(db, clients.client(account.server, clock), o, clock, messages);
    }

    private SyncSummary run() {
        return sync(options(false, false, 100)).run();
    }

    private Map<String, Set<String>> sources(String kind) {
        return db.read(c -> {
            Map<String, Set<String>> by = new HashMap<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT track_urn, artist_urn FROM track_sources WHERE kind = '" + kind + "'")) {
                while (rs.next()) by.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2));
            }
            return by;
        });
    }

    private static Map<String, Set<String>> byUrn(Map<Long, Set<String>> truth) {
        Map<String, Set<String>> m = new HashMap<>();
        truth.forEach((id, who) -> m.put(SyncFakeSoundCloud.trackUrn(id), who));
        return m;
    }

    /** Every table's content as text, to compare before and after. */
    private String content() {
        return db.read(c -> {
            StringBuilder sb = new StringBuilder();
            for (String q : List.of("SELECT * FROM artists ORDER BY urn", "SELECT * FROM tracks ORDER BY urn",
                    "SELECT * FROM track_sources ORDER BY track_urn, artist_urn, kind", "SELECT * FROM judgments ORDER BY track_urn")) {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(q)) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= n; i++) sb.append(rs.getString(i)).append('|');
                        sb.append('\n');
                    }
                }
            }
            return sb.toString();
        });
    }

    @Test
    void mergeMatchesTheServersTruth() {
        SyncSummary s = run();
        assertEquals(4, s.artists());
        assertEquals(byUrn(account.fake.truth("repost")), sources("repost"));
        assertEquals(byUrn(account.fake.truth("like")), sources("like"));
        Set<Long> all = new HashSet<>(account.fake.truth("repost").keySet());
        all.addAll(account.fake.truth("like").keySet());
        assertEquals(all.size(), s.tracksNew());
        assertEquals(7 + 3 + 4, s.reposts());
        assertEquals(2 + 5, s.likes());
        // followings 2 pages (4 artists / 3), lists: a1 r 3 pages, a2 r 1, a3 r 2, a4 r 1 (empty),
        // likes a1 1, a2 1, a3 1, a4 2; judgments: my likes 1, playlists 1; the stream 1 (empty)
        assertEquals(2 + (3 + 1 + 2 + 1) + (1 + 1 + 1 + 2) + 2 + 1, s.requests());
        assertEquals(s.requests(), account.fake.requestCount());
        assertNull(s.playlist());
    }

    @Test
    void aSecondSyncOfAnUnchangedAccountAddsNothingAndAsksOnePagePerList() {
        run();
        String before = content();
        int served = account.fake.requestCount();
        now = now.plus(Duration.ofHours(1));
        SyncSummary again = run();
        assertEquals(0, again.tracksNew());
        assertEquals(0, again.reposts());
        assertEquals(0, again.likes());
        assertEquals(0, again.tracksUpdated());
        assertEquals(2 + 8 + 2 + 1, account.fake.requestCount() - served); // followings 2 pages, one per list, judgments 2, the stream 1
        // nothing new: only the artists' check intervals changed (doubled from the minimum, 6 h)
        assertEquals(before.replace("|6.0|", "|12.0|").replaceAll("\\d{13}", "T"), content().replaceAll("\\d{13}", "T"));
    }

    @Test
    void incrementalSyncPicksUpNewItemsAtTheTopAndFullSyncReadsEverything() {
        run();
        account.fake.reposts.get(1L).add(0, 99L);
        account.fake.reposts.get(1L).add(0, 98L);
        now = now.plus(Duration.ofHours(1));
        SyncSummary s = run();
        assertEquals(2, s.tracksNew());
        assertEquals(2, s.reposts());
        // a track added deep in a list is found only by --full
        account.fake.reposts.get(1L).add(97L);
        assertEquals(0, run().tracksNew());
        assertEquals(1, sync(options(true, false, 100)).run().tracksNew());
        assertEquals(byUrn(account.fake.truth("repost")), sources("repost"));
    }

    @Test
    void aMissingListIsSkippedWithAWarningAndTheRestIsMerged() {
        account.fake.notFound.add("/users/soundcloud:users:2/reposts/tracks");
        SyncSummary s = run();
        assertEquals(1, s.listsSkipped());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("beta") && w.contains("404")), warnings.toString());
        assertEquals(Set.of("soundcloud:users:1", "soundcloud:users:3"), sources("repost").get("soundcloud:tracks:10"));
        assertEquals(byUrn(account.fake.truth("like")), sources("like"));
    }

    @Test
    void aRateLimitMidSyncIsWaitedOutAndTheSyncCompletes() {
        account.fake.throttled.put("/users/soundcloud:users:3/reposts/tracks", 2);
        SyncSummary s = run();
        assertEquals(byUrn(account.fake.truth("repost")), sources("repost"));
        assertEquals(List.of(Duration.ofSeconds(3), Duration.ofSeconds(3)), clients.sleeps);
        assertEquals(account.fake.requestCount(), s.requests());
    }

    @Test
    void aFailureBeforeCommitLeavesTheIndexAsItWasAndRecordsAFailedRun() {
        run();
        String before = content();
        account.fake.reposts.get(1L).add(0, 99L);
        account.fake.myLikes.add(11L);
        now = now.plus(Duration.ofHours(1));
        // the database refuses the run's 'ok' row, the last write of the merge transaction
        db.write(c -> {
            try (var st = c.createStatement()) {
                st.execute("CREATE TEMP TRIGGER refuse_ok_run BEFORE INSERT ON sync_runs WHEN NEW.outcome = 'ok'"
                        + " BEGIN SELECT RAISE(ABORT, 'injected failure'); END");
            }
            return null;
        });
        ExitException e = assertThrows(ExitException.class, sync(options(false, false, 100))::run);
        assertTrue(e.getMessage().contains("injected failure"), e.getMessage());
        assertEquals(before, content());
        List<SyncRuns.SyncRun> runs = db.read(c -> SyncRuns.recent(c, 10));
        assertEquals(2, runs.size());
        assertEquals(SyncRuns.Outcome.FAILED, runs.get(0).outcome());
        assertTrue(runs.get(0).error().contains("injected failure"), runs.get(0).error());
        db.write(c -> {
            try (var st = c.createStatement()) {
                st.execute("DROP TRIGGER refuse_ok_run");
            }
            return null;
        });
        assertEquals(SyncRuns.Outcome.OK, runs.get(1).outcome());
        assertEquals(1, run().tracksNew()); // the next sync completes
    }

    @Test
    void aServerThatKeepsFailingOnTheFollowingsFailsTheRunWithoutWritingTheIndex() {
        account.fake.throttled.put("/me/followings", 100);
        ExitException e = assertThrows(ExitException.class, this::run);
        assertEquals(1, e.exitCode());
        assertEquals(0, (int) db.read(c -> org.musicminion.discover.store.IndexStore.trackCount(c)));
        assertEquals(SyncRuns.Outcome.FAILED, db.read(c -> SyncRuns.recent(c, 1)).get(0).outcome());
    }

    @Test
    void aListThatKeepsFailingIsReportedIncompleteItsArtistStaysDueAndTheRestIsMerged() {
        account.fake.throttled.put("/users/soundcloud:users:4/likes/tracks", 100);
        SyncSummary s = run();
        assertEquals(List.of("/users/soundcloud:users:4/likes/tracks"), s.incompleteLists().stream().map(IncompleteList::list).toList());
        assertTrue(s.incompleteLists().get(0).reason().contains("429"), s.incompleteLists().toString());
        assertEquals(3, s.artistsFetched());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("/users/soundcloud:users:4/likes/tracks")), warnings.toString());
        assertEquals(byUrn(account.fake.truth("repost")), sources("repost")); // every repost list was read and merged
        Map<String, org.musicminion.discover.store.ArtistSchedule.Slot> slots = db.read(org.musicminion.discover.store.ArtistSchedule::followed);
        assertEquals(null, slots.get(SyncFakeSoundCloud.userUrn(4)).nextCheckAt(), "the artist whose list failed stays due");
        assertTrue(slots.get(SyncFakeSoundCloud.userUrn(1)).nextCheckAt() != null);
    }

    @Test
    void whenEveryListKeepsFailingTheFetchStopsAskingAfterAFewAndReportsThemAll() {
        for (long id = 5; id <= 16; id++) account.fake.artist(id, "a" + id);
        for (long id : account.fake.artists.keySet()) {
            account.fake.throttled.put("/users/soundcloud:users:" + id + "/reposts/tracks", 1_000);
            account.fake.throttled.put("/users/soundcloud:users:" + id + "/likes/tracks", 1_000);
        }
        SyncSummary s = run();
        assertEquals(32, s.incompleteLists().size()); // 16 artists x 2 lists, every one named
        assertEquals(0, s.artistsFetched());
        long listRequests = account.fake.requests.stream().filter(r -> r.startsWith("GET /users/")).count();
        assertTrue(listRequests <= 64, listRequests + " list requests"); // half of 32 lists x 4 attempts: most were never asked
        assertTrue(s.incompleteLists().stream().filter(l -> l.reason().contains("not asked")).count() >= 16, s.incompleteLists().toString());
    }

    @Test
    void anEndlessListHitsThePageCapIsReportedAndItsPartIsNotMerged() {
        account.fake.endless.add("/users/soundcloud:users:1/reposts/tracks");
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        org.musicminion.discover.http.ApiClient capped = new org.musicminion.discover.http.ApiClient(
                org.musicminion.discover.http.HttpClients.create(Duration.ofSeconds(10)), account.server.url("/").toString(),
                org.musicminion.discover.http.RetryPolicy.builder().maxRetries(0).build(), clock, d -> {}, Duration.ofSeconds(10),
                SyncTestClients.TOKENS, null, org.musicminion.discover.http.AttemptListener.NONE,
                new org.musicminion.discover.http.Pages.Limits(5, 1_000, 5));
        SyncOptions o = options(true, false, 100);
        SyncSummary s = TestSyncs.of(db, capped, o, clock, messages).run();
        assertEquals(1, s.incompleteLists().size());
        assertEquals("/users/soundcloud:users:1/reposts/tracks", s.incompleteLists().get(0).list());
        assertTrue(s.incompleteLists().get(0).reason().contains("page cap"), s.incompleteLists().toString());
        assertTrue(sources("repost").keySet().stream().noneMatch(urn -> urn.startsWith("soundcloud:tracks:1000")),
                "nothing of the endless list is merged");
        assertEquals(Set.of(SyncFakeSoundCloud.userUrn(2), SyncFakeSoundCloud.userUrn(3)),
                sources("repost").get(SyncFakeSoundCloud.trackUrn(10)));
    }

    @Test
    void anArtistRepeatedInTheFollowingsIsFetchedAndCountedOnce() {
        account.fake.repeatLastItem.add("/me/followings"); // pages of 3: the second page starts again with the third artist
        SyncSummary s = run();
        assertEquals(4, s.artists());
        assertEquals(4, s.artistsFetched());
        assertEquals(1, account.fake.requests.stream() // its first page was asked once
                .filter(r -> r.startsWith("GET /users/soundcloud:users:3/reposts/tracks") && !r.contains("offset=")).count());
    }

    @Test
    void judgmentsFollowThePriorityAndNotQuiteSticks() {
        account.fake.myLikes.addAll(List.of(10L, 11L));
        account.fake.playlists.put("Not interested", new ArrayList<>(List.of(11L, 12L, 500L)));
        account.fake.playlists.put("Not quite", new ArrayList<>(List.of(12L, 13L)));
        SyncSummary s = run();
        assertEquals(new JudgmentCounts(2, 2, 1, 0), s.judgments());
        assertEquals(Judgment.LIKED, judgment(11));
        assertEquals(Judgment.NOT_INTERESTED, judgment(12));
        assertEquals(Judgment.NOT_QUITE, judgment(13));
        // 500 was never surfaced by a followed artist: recorded with metadata and its judgment
        assertEquals(Judgment.NOT_INTERESTED, judgment(500));
        assertEquals("Track 500", db.read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT title FROM tracks WHERE id = 500")) {
                return rs.getString(1);
            }
        }));
        account.fake.playlists.get("Not quite").clear(); // 13 leaves the playlist: stays not_quite
        now = now.plus(Duration.ofHours(1));
        SyncSummary again = run();
        assertEquals(new JudgmentCounts(0, 0, 0, 4), again.judgments());
        assertEquals(Judgment.NOT_QUITE, judgment(13));
    }

    @Test
    void aLocalJudgmentIsNeverOverwrittenByTheImport() {
        run();
        db.write(c -> {
            Judgments.put(c, List.of(new Judgments.Stored("soundcloud:tracks:10", Judgment.NOT_INTERESTED, Judgments.Origin.LOCAL, 1)));
            return null;
        });
        account.fake.myLikes.add(10L);
        SyncSummary s = run();
        assertEquals(new JudgmentCounts(0, 0, 0, 1), s.judgments());
        assertEquals(Judgment.NOT_INTERESTED, judgment(10));
    }

    @Test
    void pushesTheTopUnjudgedTracksAsUrnStringsRespectingMaxTracks() throws Exception {
        account.fake.playlists.put("Discovery", new ArrayList<>());
        account.fake.playlists.put("Not interested", new ArrayList<>(List.of(15L)));
        account.fake.myLikes.add(10L); // judged: never proposed; artists 1-4 surfaced it, artist 1 also 15 (hit rate 0.5, the others 1)
        SyncSummary s = sync(options(false, true, 4)).run();
        long id = account.fake.playlistId("Discovery");
        assertEquals("soundcloud:playlists:" + id, s.playlist().urn());
        assertEquals(4, s.playlist().tracks());
        JsonNode body = Json.MAPPER.readTree(account.fake.putPaths.get("/playlists/soundcloud:playlists:" + id));
        List<String> urns = new ArrayList<>();
        for (JsonNode t : body.path("playlist").path("tracks")) {
            assertTrue(t.get("urn").isTextual(), body.toString());
            urns.add(t.get("urn").asText());
        }
        // artists 2, 3, 4 kept 1 of 1, artist 1 1 of 2: best first while an artist has slots (artist 4's bracket leaves
        // it 3): 31 (artist 3 alone) and 40, 41, 42 (artist 4 alone) first; 11, 20, 30 also carry artist 1's weaker record
        assertEquals(List.of("soundcloud:tracks:31", "soundcloud:tracks:40", "soundcloud:tracks:41", "soundcloud:tracks:42"), urns);
        assertEquals(List.of("soundcloud:users:3", "soundcloud:users:4", "soundcloud:users:4", "soundcloud:users:4"),
                s.playlist().picks().stream().map(p -> p.placedBy()).toList());
        assertEquals(List.of("1 reposter", "picks you keep 55 % (1 of 1)", "uploader you keep 55 % (1 of 1)", "3 min"),
                s.playlist().picks().get(0).reasons());
        assertFalse(s.playlist().slotsRelaxed());
        SyncRuns.SyncRun last = db.read(c -> SyncRuns.recent(c, 1)).get(0);
        assertTrue(last.summaryJson().contains("\"playlist\":{\"urn\":\"soundcloud:playlists:" + id), last.summaryJson());
    }

    @Test
    void longTracksGoToTheMixesPlaylistAndAMissingMixesPlaylistIsOnlyAWarning() throws Exception {
        account.fake.playlists.put("Discovery", new ArrayList<>());
        account.fake.reposts.get(1L).add(0, 500_000L); // the fake's durations are 180 s + id ms: 680 s, a mix
        account.fake.reposts.get(2L).add(0, 430_000L); // 610 s
        Settings cfg = Settings.of(null, Map.of("sync.page_size", 3L, "playlists.mixes.title", "Mixes"));
        SyncOptions o = SyncOptions.builder(cfg).all(true).pushPlaylist(true).build();
        SyncSummary missing = sync(o).run();
        assertNull(missing.mixes());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("\"Mixes\"") && w.contains("playlists.mixes.title")), warnings.toString());
        assertEquals(1, account.fake.putPaths.size()); // the discovery playlist only

        account.fake.playlists.put("Mixes", new ArrayList<>());
        now = now.plus(Duration.ofHours(1));
        SyncSummary s = sync(o).run();
        long mixesId = account.fake.playlistId("Mixes");
        assertEquals(new PlaylistResult("soundcloud:playlists:" + mixesId, 2), s.mixes());
        JsonNode mixes = Json.MAPPER.readTree(account.fake.putPaths.get("/playlists/soundcloud:playlists:" + mixesId));
        assertEquals(2, mixes.path("playlist").path("tracks").size());
        String discovery = account.fake.putPaths.get("/playlists/soundcloud:playlists:" + account.fake.playlistId("Discovery"));
        assertTrue(!discovery.contains("500000") && !discovery.contains("430000") && discovery.contains("soundcloud:tracks:11"), discovery);
    }

    @Test
    void aMissingDiscoveryPlaylistFailsNamingTheTitleAndKeyAfterTheMergeIsCommitted() {
        ExitException e = assertThrows(ExitException.class, () -> sync(options(false, true, 4)).run());
        assertEquals(1, e.exitCode());
        assertTrue(e.getMessage().contains("\"Discovery\"") && e.getMessage().contains("playlists.reposts.title"), e.getMessage());
        assertTrue(db.read(c -> org.musicminion.discover.store.IndexStore.trackCount(c)) > 0);
        assertTrue(account.fake.putBodies.isEmpty());
        assertEquals(SyncRuns.Outcome.FAILED, db.read(c -> SyncRuns.recent(c, 1)).get(0).outcome());
    }

    @Test
    void unfollowedArtistsAreMarkedAndDropOutOfCounts() {
        run();
        account.fake.artists.remove(3L);
        run();
        assertEquals(0, (int) db.read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT followed FROM artists WHERE id = 3")) {
                return rs.getInt(1);
            }
        }));
    }

    private Judgment judgment(long trackId) {
        Judgments.Stored j = db.read(c -> Judgments.get(c, SyncFakeSoundCloud.trackUrn(trackId)));
        return j == null ? null : j.value();
    }
}
