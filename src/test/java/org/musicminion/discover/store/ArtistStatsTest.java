package org.musicminion.discover.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicminion.discover.Judgment;
import org.musicminion.discover.testing.DiscoveryIndex;

class ArtistStatsTest {
    private static final long DAY = ArtistStats.DAY_MS;
    private static final long NOW = 1_000 * DAY;

    @TempDir
    Path dir;

    @Test
    void uploadsCountTheArtistsOwnTracksTheStreamShowed() throws Exception {
        try (Database db = Database.openIn(dir)) {
            DiscoveryIndex ix = new DiscoveryIndex(db);
            ix.artist(1, true, 0).artist(2, true, 0);
            for (long t = 1; t <= 3; t++) ix.track(t, 200, 0);
            ix.source(1, 1, "upload", 0).source(2, 1, "upload", 0).source(2, 2, "repost", 0).source(3, 2, "like", 0);
            Map<String, ArtistStats.Row> rows = byUrn(db.read(c -> ArtistStats.query(c, NOW, ArtistStats.Sort.TRACKS, null)));
            assertEquals(2, rows.get("soundcloud:users:1").tally().uploads());
            assertEquals(0, rows.get("soundcloud:users:2").tally().uploads());
        }
    }

    @Test
    void hitRateIsLikedOverJudgedTracksTheArtistSurfaced() throws Exception {
        try (Database db = Database.openIn(dir)) {
            DiscoveryIndex ix = new DiscoveryIndex(db);
            ix.artist(1, true, 0).artist(2, true, 0).artist(3, true, 0).artist(4, false, 0);
            for (long t = 1; t <= 8; t++) ix.track(t, 200, 0);
            // artist 1: 5 tracks (one both reposted and liked), 1 liked, 1 not_interested, 1 not_quite, 2 unjudged
            ix.source(1, 1, "repost", 0).source(1, 1, "like", 0).source(2, 1, "repost", 0).source(3, 1, "like", 0)
                    .source(4, 1, "repost", 0).source(5, 1, "repost", 0);
            ix.judge(1, Judgment.LIKED.word()).judge(2, Judgment.NOT_INTERESTED.word()).judge(3, Judgment.NOT_QUITE.word());
            // artist 2: two liked of two judged; artist 3: nothing at all; artist 4 unfollowed
            ix.source(6, 2, "repost", 0).source(7, 2, "like", 0).judge(6, Judgment.LIKED.word()).judge(7, Judgment.LIKED.word());
            ix.source(8, 4, "repost", 0);
            Map<String, ArtistStats.Row> rows = byUrn(db.read(c -> ArtistStats.query(c, NOW, ArtistStats.Sort.HIT_RATE, null)));
            assertEquals(3, rows.size());
            ArtistStats.Row a1 = rows.get("soundcloud:users:1");
            assertEquals(5, a1.tally().surfaced());
            assertEquals(3, a1.tally().judged());
            assertEquals(1, a1.tally().liked());
            assertEquals(1.0 / 3, a1.tally().hitRate(), 1e-9);
            assertEquals(1.0, rows.get("soundcloud:users:2").tally().hitRate(), 1e-9);
            ArtistStats.Row a3 = rows.get("soundcloud:users:3");
            assertEquals(0, a3.tally().surfaced());
            assertEquals(0.0, a3.tally().hitRate()); // liked / max(1, judged): no division by zero
            assertEquals(List.of("soundcloud:users:2", "soundcloud:users:1", "soundcloud:users:3"),
                    db.read(c -> ArtistStats.query(c, NOW, ArtistStats.Sort.HIT_RATE, null)).stream().map(ArtistStats.Row::urn).toList());
        }
    }

    @Test
    void activityCountsItemsFirstSeenInTheLast7And30DaysAfterTheFirstImport() throws Exception {
        try (Database db = Database.openIn(dir)) {
            DiscoveryIndex ix = new DiscoveryIndex(db);
            long followedAt = NOW - 60 * DAY;
            ix.artist(1, true, followedAt).artist(2, true, followedAt);
            for (long t = 1; t <= 20; t++) ix.track(t, 200, followedAt);
            for (long t = 1; t <= 10; t++) ix.source(t, 1, "repost", followedAt); // the first import: not activity
            ix.source(11, 1, "repost", NOW - DAY).source(12, 1, "like", NOW - 6 * DAY).source(13, 1, "repost", NOW - 8 * DAY)
                    .source(14, 1, "repost", NOW - 29 * DAY).source(15, 1, "repost", NOW - 31 * DAY);
            ix.source(16, 2, "repost", NOW - 2 * DAY);
            List<ArtistStats.Row> rows = db.read(c -> ArtistStats.query(c, NOW, ArtistStats.Sort.ACTIVITY, null));
            ArtistStats.Row a1 = rows.get(0);
            assertEquals("soundcloud:users:1", a1.urn());
            assertEquals(2 / 7.0, a1.activity().perDay7d(), 1e-9);
            assertEquals(4 / 30.0, a1.activity().perDay30d(), 1e-9);
            assertEquals(15, a1.tally().surfaced());
            assertEquals(1 / 7.0, rows.get(1).activity().perDay7d(), 1e-9);
            assertNull(a1.activity().lastNewAt());
            assertEquals(1, db.read(c -> ArtistStats.query(c, NOW, ArtistStats.Sort.TRACKS, 1)).size());
        }
    }

    @Test
    void oneGroupedQueryAnswersForEveryArtistOfAnIndexWithManySourcesEach() throws Exception {
        try (Database db = Database.openIn(dir)) {
            ArtistStatsBench.fill(db, 20, 200, 5_000); // the same index as the bench's, a tenth as wide and deep
            List<ArtistStats.Row> rows = db.read(c -> ArtistStats.query(c, NOW, ArtistStats.Sort.ACTIVITY, null));
            assertEquals(20, rows.size());
            assertTrue(rows.stream().allMatch(r -> r.tally().surfaced() > 100), rows.get(0).toString());
        }
    }

    private static Map<String, ArtistStats.Row> byUrn(List<ArtistStats.Row> rows) {
        Map<String, ArtistStats.Row> m = new java.util.HashMap<>();
        for (ArtistStats.Row r : rows) m.put(r.urn(), r);
        return m;
    }
}
