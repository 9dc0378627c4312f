package org.musicminion.discover.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.musicminion.discover.ExitException;
import org.musicminion.discover.config.Settings;
import org.musicminion.discover.store.ArtistSchedule;
import org.musicminion.discover.store.Database;
import org.musicminion.discover.store.FeedState;
import org.musicminion.discover.testing.FakeAccount;
import org.musicminion.discover.testing.RecordingMessages;
import org.musicminion.discover.testing.SyncFakeSoundCloud;
import org.musicminion.discover.testing.SyncTestClients;

/** The feed phase of a sync: links at exact times, what is ignored, the checkpoint, --no-feed. */
class FeedSyncTest {
    @RegisterExtension
    final FakeAccount account = FakeAccount.create();
    private final SyncTestClients clients = new SyncTestClients();
    private final RecordingMessages messages = new RecordingMessages();
    private Database db;
    private Instant now = Instant.parse("2026-11-20T10:00:00Z");

    @BeforeEach
    void start() throws Exception {
        db = Database.openIn(account.data);
        account.fake.artist(1, "alpha").artist(2, "beta");
        account.fake.reposts.put(1L, new ArrayList<>(List.of(10L, 11L)));
        account.fake.reposts.put(2L, new ArrayList<>(List.of(20L)));
    }

    @AfterEach
    void stop() {
        db.close();
    }

    private SyncSummary run(boolean feed) {
        Settings cfg = Settings.of(null, Map.of("sync.page_size", 3L));
        SyncOptions o = SyncOptions.builder(cfg).feed(feed).build();
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        return TestSyncs.of(db, clients.client(account.server, clock), o, clock, messages).run();
    }

    /** Both artists on a 96-hour interval, next checked four days from now; returns that next check. */
    private long bothQuietForFourDays() {
        long next = now.plus(Duration.ofHours(96)).toEpochMilli();
        db.write(c -> {
            ArtistSchedule.set(c, Map.of(SyncFakeSoundCloud.userUrn(1), new ArtistSchedule.Slot(96.0, next),
                    SyncFakeSoundCloud.userUrn(2), new ArtistSchedule.Slot(96.0, next)));
            return null;
        });
        return next;
    }

    private Instant ago(Duration d) {
        return now.minus(d);
    }

    /** {at, exact} of a link, or null. */
    private long[] link(long track, long artist, String kind) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT at, exact FROM track_sources WHERE track_urn = ? AND artist_urn = ? AND kind = ?")) {
                ps.setString(1, SyncFakeSoundCloud.trackUrn(track));
                ps.setString(2, SyncFakeSoundCloud.userUrn(artist));
                ps.setString(3, kind);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? new long[] {rs.getLong(1), rs.getLong(2)} : null;
                }
            }
        });
    }

    @Test
    void followedRepostsAndUploadsBecomeLinksAtTheirExactTimesAndEveryoneElseIsIgnored() {
        Instant repostedAt = ago(Duration.ofMinutes(30));
        account.fake.feed.add(SyncFakeSoundCloud.repostItem(50, 1, repostedAt));
        account.fake.feed.add(SyncFakeSoundCloud.repostItem(51, 999, ago(Duration.ofMinutes(40)))); // not followed
        account.fake.feed.add(SyncFakeSoundCloud.uploadItem(52, 2, ago(Duration.ofHours(2))));
        account.fake.feed.add(SyncFakeSoundCloud.uploadItem(53, 998, ago(Duration.ofHours(3)))); // not followed
        SyncSummary s = run(true);
        assertArrayEquals(repostedAt.toEpochMilli(), 1, link(50, 1, "repost"));
        assertNull(link(51, 999, "repost"));
        assertArrayEquals(ago(Duration.ofHours(2)).toEpochMilli(), 1, link(52, 2, "upload"));
        assertNull(link(53, 998, "upload"));
        assertArrayEquals(now.toEpochMilli(), 0, link(10, 1, "repost"));
        FeedSummary f = s.feed();
        assertEquals(2, f.pages(), "4 items, pages of 3, all inside the first run's lookback");
        assertEquals(4, f.items());
        assertEquals(1, f.reposts());
        assertEquals(1, f.uploads());
        assertEquals(0, f.skipped());
        assertEquals(repostedAt.toString(), f.checkpoint());
        assertEquals(3 + 1, s.reposts(), "the sweep's three and the stream's one");
        assertEquals(repostedAt.toEpochMilli(), db.read(FeedState::checkpoint));
        assertEquals(repostedAt.toEpochMilli(), trackFirstSeen(50), "first_seen is the earliest link time");
    }

    private long trackFirstSeen(long id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT first_seen FROM tracks WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.getLong(1);
                }
            }
        });
    }

    @Test
    void aRepostInBothTheStreamAndTheSweepIsOneLinkWithTheExactTime() {
        Instant at = ago(Duration.ofHours(3));
        account.fake.feed.add(SyncFakeSoundCloud.repostItem(10, 1, at)); // artist 1's sweep lists track 10 too
        SyncSummary s = run(true);
        assertArrayEquals(at.toEpochMilli(), 1, link(10, 1, "repost"));
        assertEquals(3, s.reposts(), "counted once");
        assertEquals(1, s.feed().reposts());
        // a later sweep that sees it again leaves the exact time alone
        now = now.plus(Duration.ofDays(2));
        run(true);
        assertArrayEquals(at.toEpochMilli(), 1, link(10, 1, "repost"));
        assertEquals(at.toEpochMilli(), trackFirstSeen(10));
    }

    @Test
    void theCheckpointIsLeftAloneWhenTheStreamCannotBeReadAndTheSweepStillRuns() {
        account.fake.feed.add(SyncFakeSoundCloud.repostItem(50, 1, ago(Duration.ofMinutes(30))));
        run(true);
        long checkpoint = db.read(FeedState::checkpoint);
        now = now.plus(Duration.ofHours(7)); // everyone due again
        account.fake.reposts.get(1L).add(0, 12L);
        account.fake.feed.add(0, SyncFakeSoundCloud.repostItem(12, 1, now.minus(Duration.ofMinutes(5))));
        account.fake.throttled.put("/me/feed/tracks", 100);
        SyncSummary s = run(true);
        assertNotNull(s.feed().error(), "the failure is reported");
        assertEquals(0, s.feed().pages());
        assertEquals(checkpoint, db.read(FeedState::checkpoint));
        assertEquals(Instant.ofEpochMilli(checkpoint).toString(), s.feed().checkpoint());
        assertArrayEquals(now.toEpochMilli(), 0, link(12, 1, "repost"));
        assertTrue(messages.warnings.stream().anyMatch(w -> w.contains("/me/feed/tracks")), messages.warnings.toString());
    }

    @Test
    void aRunThatFailsAfterReadingTheStreamDoesNotMoveTheCheckpoint() {
        account.fake.feed.add(SyncFakeSoundCloud.repostItem(50, 1, ago(Duration.ofMinutes(30))));
        account.fake.notFound.add("/me/playlists");
        assertThrows(ExitException.class, () -> run(true));
        assertNull(db.read(FeedState::checkpoint), "written only with the merge, which never happened");
        assertNull(link(50, 1, "repost"));
    }

    @Test
    void malformedItemsAreSkippedAndCountedAndTheRunSucceeds() {
        ObjectNode noReposter = SyncFakeSoundCloud.repostItem(60, 1, ago(Duration.ofMinutes(1)));
        noReposter.remove("reposter");
        ObjectNode nullOrigin = SyncFakeSoundCloud.repostItem(61, 1, ago(Duration.ofMinutes(2)));
        nullOrigin.putNull("origin");
        ObjectNode oddDate = SyncFakeSoundCloud.repostItem(62, 1, ago(Duration.ofMinutes(3)));
        oddDate.put("created_at", "last Tuesday");
        account.fake.feed.addAll(List.of(noReposter, nullOrigin, oddDate, SyncFakeSoundCloud.repostItem(63, 2, ago(Duration.ofMinutes(4)))));
        SyncSummary s = run(true);
        assertEquals(3, s.feed().skipped());
        assertEquals(1, s.feed().reposts());
        assertNull(s.feed().error());
        assertNull(link(60, 1, "repost"));
        assertNotNull(link(63, 2, "repost"));
    }

    @Test
    void anArtistOnALongAdaptiveIntervalHasOnlyItsRepostsSweptWithinTheSweepInterval() {
        account.fake.likes.put(1L, new ArrayList<>(List.of(30L)));
        run(true);
        // both artists quiet for long: four days until their next check
        long next = bothQuietForFourDays();
        now = now.plus(Duration.ofHours(25)); // past sync.sweep_interval_hours (24) since the first sweep
        account.fake.reposts.get(1L).add(0, 12L);      // a repost the stream thinned away (not in the feed)
        account.fake.likes.get(1L).add(0, 31L);        // a like: only the adaptive check reads likes
        account.fake.requests.clear();
        SyncSummary s = run(true);
        assertTrue(account.fake.requests.stream().anyMatch(r -> r.contains("/users/soundcloud:users:1/reposts/tracks")), account.fake.requests.toString());
        assertTrue(account.fake.requests.stream().anyMatch(r -> r.contains("/users/soundcloud:users:2/reposts/tracks")), account.fake.requests.toString());
        assertFalse(account.fake.requests.stream().anyMatch(r -> r.matches("GET /users/.*/likes/tracks.*")), "likes keep the adaptive schedule: " + account.fake.requests);
        assertArrayEquals(now.toEpochMilli(), 0, link(12, 1, "repost"));
        assertNull(link(31, 1, "like"));
        assertEquals(0, s.artistsFetched(), "no full check was due");
        assertEquals(2, s.artistsSkipped());
        assertEquals(2, s.artistsRepostsSwept());
        assertEquals(1, s.reposts());
        Map<String, ArtistSchedule.Slot> slots = db.read(ArtistSchedule::followed);
        assertEquals(new ArtistSchedule.Slot(6.0, now.plus(Duration.ofHours(6)).toEpochMilli()), slots.get(SyncFakeSoundCloud.userUrn(1)),
                "a reposts sweep that found something new brings the artist back to the minimum interval");
        assertEquals(new ArtistSchedule.Slot(96.0, next), slots.get(SyncFakeSoundCloud.userUrn(2)), "one that found nothing leaves it alone");
        // an hour later nobody's reposts are past the bound again and no check is due: no artist list is read
        now = now.plus(Duration.ofHours(1));
        account.fake.requests.clear();
        SyncSummary quiet = run(true);
        assertEquals(0, quiet.artistsRepostsSwept());
        assertFalse(account.fake.requests.stream().anyMatch(r -> r.contains("/users/soundcloud:users:")), account.fake.requests.toString());
        // with the feed off the reposts-only sweep is off too
        now = now.plus(Duration.ofHours(30));
        account.fake.requests.clear();
        SyncSummary off = run(false);
        assertEquals(0, off.artistsRepostsSwept());
        assertFalse(account.fake.requests.stream().anyMatch(r -> r.contains("/users/soundcloud:users:2/")), account.fake.requests.toString());
    }

    @Test
    void aRepostsSweepThatCannotBeReadCompletelyIsReportedAndLeavesTheScheduleForTheNextRun() {
        run(true);
        long next = bothQuietForFourDays();
        long firstSweep = db.read(ArtistSchedule::repostsSweptAt).get(SyncFakeSoundCloud.userUrn(1));
        now = now.plus(Duration.ofHours(25));
        account.fake.reposts.get(1L).add(0, 12L);
        account.fake.throttled.put("/users/soundcloud:users:1/reposts/tracks", 100);
        SyncSummary s = run(true);
        assertEquals(List.of("/users/soundcloud:users:1/reposts/tracks"), s.incompleteLists().stream().map(IncompleteList::list).toList());
        assertEquals(1, s.artistsRepostsSwept(), "artist 2's sweep went through");
        assertNull(link(12, 1, "repost"), "nothing of an incomplete list is merged");
        assertEquals(firstSweep, db.read(ArtistSchedule::repostsSweptAt).get(SyncFakeSoundCloud.userUrn(1)), "not marked swept");
        assertEquals(new ArtistSchedule.Slot(96.0, next), db.read(ArtistSchedule::followed).get(SyncFakeSoundCloud.userUrn(1)));
        // the next run sweeps it again and gets the repost
        account.fake.throttled.clear();
        now = now.plus(Duration.ofHours(1));
        SyncSummary again = run(true);
        assertEquals(1, again.artistsRepostsSwept());
        assertArrayEquals(now.toEpochMilli(), 0, link(12, 1, "repost"));
    }

    @Test
    void noFeedSkipsTheStreamAndReportsNoFeed() {
        account.fake.feed.add(SyncFakeSoundCloud.repostItem(50, 1, ago(Duration.ofMinutes(30))));
        SyncSummary s = run(false);
        assertNull(s.feed());
        assertFalse(account.fake.requests.stream().anyMatch(r -> r.contains("/me/feed")), account.fake.requests.toString());
        assertNull(link(50, 1, "repost"));
        assertNull(db.read(FeedState::checkpoint));
    }

    private static void assertArrayEquals(long at, long exact, long[] got) {
        assertNotNull(got, "no such link");
        assertEquals(at, got[0], "at");
        assertEquals(exact, got[1], "exact");
    }
}
