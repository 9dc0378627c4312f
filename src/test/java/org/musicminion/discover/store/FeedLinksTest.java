package org.musicminion.discover.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.musicminion.discover.SourceKind;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Link times (exact from the stream, observed by a sweep), the upload kind, the checkpoint, and the v1 → v2 migration. */
class FeedLinksTest {
    static final String A = "soundcloud:users:1";
    static final String B = "soundcloud:users:2";
    static final TrackInfo T = new TrackInfo("soundcloud:tracks:10", 10, "Ten", "soundcloud:users:9", "Nine", null, 200_000L, null);
    static final TrackInfo U = new TrackInfo("soundcloud:tracks:11", 11, "Eleven", A, "One", null, 200_000L, null);

    @TempDir
    Path dir;

    static List<ArtistInfo> followed() {
        return List.of(new ArtistInfo(A, 1, "One", null), new ArtistInfo(B, 2, "Two", null));
    }

    static IndexStore.MergeCounts sweep(Database db, String artist, TrackInfo t, long now) {
        return db.write(c -> IndexStore.merge(c, new IndexStore.MergeInput(followed(), List.of(artist),
                List.of(new IndexStore.ListItems(artist, SourceKind.REPOST, List.of(t)))), now));
    }

    static IndexStore.MergeCounts feed(Database db, IndexStore.FeedLink... links) {
        return db.write(c -> IndexStore.merge(c, new IndexStore.MergeInput(followed(), List.of(), List.of(), List.of(links)), 9_000));
    }

    static long[] link(Database db, String track, String artist, SourceKind kind) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT at, exact, first_seen FROM track_sources WHERE track_urn = ? AND artist_urn = ? AND kind = ?")) {
                ps.setString(1, track);
                ps.setString(2, artist);
                ps.setString(3, SourceKinds.text(kind));
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)} : null;
                }
            }
        });
    }

    static long trackFirstSeen(Database db, String urn) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT first_seen FROM tracks WHERE urn = ?")) {
                ps.setString(1, urn);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.getLong(1);
                }
            }
        });
    }

    @Test
    void aSweptLinkKeepsItsObservationTimeAndTheStreamLaterGivesItTheExactOne() {
        try (Database db = Database.openIn(dir)) {
            assertEquals(1, sweep(db, A, T, 5_000).added(SourceKind.REPOST));
            assertEquals(5_000, link(db, T.urn(), A, SourceKind.REPOST)[0]);
            assertEquals(0, link(db, T.urn(), A, SourceKind.REPOST)[1], "observed");
            IndexStore.MergeCounts c = feed(db, new IndexStore.FeedLink(T, A, SourceKind.REPOST, 1_234));
            assertEquals(0, c.addedExact(SourceKind.REPOST), "not a new link");
            assertEquals(1_234, link(db, T.urn(), A, SourceKind.REPOST)[0]);
            assertEquals(1, link(db, T.urn(), A, SourceKind.REPOST)[1], "exact");
            assertEquals(1_234, trackFirstSeen(db, T.urn()), "first_seen is the earliest link time");
        }
    }

    @Test
    void aLinkFromTheStreamKeepsItsExactTimeWhenASweepSeesItToo() {
        try (Database db = Database.openIn(dir)) {
            IndexStore.MergeCounts c = feed(db, new IndexStore.FeedLink(T, A, SourceKind.REPOST, 1_234), new IndexStore.FeedLink(U, A, SourceKind.UPLOAD, 2_000));
            assertEquals(1, c.addedExact(SourceKind.REPOST));
            assertEquals(1, c.addedExact(SourceKind.UPLOAD));
            assertEquals(1, c.added(SourceKind.REPOST), "stream reposts count among the run's new reposts");
            IndexStore.MergeCounts s = sweep(db, A, T, 50_000);
            assertEquals(0, s.added(SourceKind.REPOST));
            assertEquals(0, s.artistsWithNew().size(), "the sweep found nothing the stream had not brought");
            assertEquals(1_234, link(db, T.urn(), A, SourceKind.REPOST)[0]);
            assertEquals(1, link(db, T.urn(), A, SourceKind.REPOST)[1]);
            assertEquals(2_000, link(db, U.urn(), A, SourceKind.UPLOAD)[0]);
            // another artist's later sweep adds an observed link; the track's first_seen stays the earliest
            sweep(db, B, T, 60_000);
            assertEquals(60_000, link(db, T.urn(), B, SourceKind.REPOST)[0]);
            assertEquals(1_234, trackFirstSeen(db, T.urn()));
        }
    }

    @Test
    void theCheckpointIsNullUntilSetAndThenTheLastValue() {
        try (Database db = Database.openIn(dir)) {
            assertNull(db.read(FeedState::checkpoint));
            db.write(c -> {
                FeedState.setCheckpoint(c, 100, 1);
                FeedState.setCheckpoint(c, 200, 2);
                return null;
            });
            assertEquals(200L, db.read(FeedState::checkpoint));
        }
    }

    @Test
    void aVersion1IndexIsMigratedWithItsLinksKeptAsObserved() throws SQLException {
        Path file = dir.resolve(Database.FILE_NAME);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (String sql : Schema.MIGRATIONS.get(0).split(";\\s*\n")) if (!sql.isBlank()) s.execute(sql);
            s.execute("PRAGMA user_version = 1");
            s.execute("INSERT INTO artists(urn, id, followed, first_seen) VALUES ('" + A + "', 1, 1, 10)");
            s.execute("INSERT INTO tracks(urn, id, title, first_seen, last_seen) VALUES ('" + T.urn() + "', 10, 'Ten', 700, 800)");
            s.execute("INSERT INTO track_sources VALUES ('" + T.urn() + "', '" + A + "', 'repost', 700)");
            s.execute("INSERT INTO track_sources VALUES ('" + T.urn() + "', '" + A + "', 'like', 750)");
        }
        try (Database db = Database.open(file)) {
            assertEquals(700, link(db, T.urn(), A, SourceKind.REPOST)[0]);
            assertEquals(0, link(db, T.urn(), A, SourceKind.REPOST)[1]);
            assertEquals(750, link(db, T.urn(), A, SourceKind.LIKE)[2]);
            assertEquals(700, trackFirstSeen(db, T.urn()));
            assertEquals(1, feed(db, new IndexStore.FeedLink(U, A, SourceKind.UPLOAD, 900)).addedExact(SourceKind.UPLOAD), "the upload kind is accepted");
        }
    }
}
