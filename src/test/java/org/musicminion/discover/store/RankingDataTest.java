package org.musicminion.discover.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.musicminion.discover.SourceKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicminion.discover.ranking.TrackFacts;
import org.musicminion.discover.ranking.Verdict;
import org.musicminion.discover.testing.DiscoveryIndex;

class RankingDataTest {
    @TempDir
    Path dir;

    @Test
    void readsCandidatesAndVerdictsWithTheirFollowedSourcesAndLinkTimes() {
        try (Database db = Database.openIn(dir)) {
            new DiscoveryIndex(db).artist(1, true, 0).artist(2, true, 0).artist(3, false, 0)
                    .track(10, 200, 5).track(11, 700, 6).track(12, null, 7).track(13, 200, 8)
                    .source(10, 1, "repost", 5).source(10, 2, "repost", 9).source(10, 3, "repost", 5)
                    .source(11, 2, "like", 6)
                    .source(12, 3, "repost", 7)          // only an unfollowed artist: not a candidate
                    .source(13, 1, "repost", 8)
                    .judge(13, "liked");
            db.write(c -> {
                try (var st = c.createStatement()) {
                    st.executeUpdate("UPDATE tracks SET genre = 'Deep House' WHERE id = 10");
                }
                return null;
            });
            RankingData.Inputs in = db.read(c -> RankingData.read(c, Set.of("soundcloud:tracks:11")));
            assertEquals(List.of("soundcloud:tracks:10"), in.candidates().stream().map(TrackFacts::urn).toList());
            TrackFacts t10 = in.candidates().get(0);
            assertEquals("Deep House", t10.genre());
            assertEquals(List.of(new TrackFacts.Source("soundcloud:users:1", 5), new TrackFacts.Source("soundcloud:users:2", 9)),
                    t10.reposters());
            assertEquals(200_000L, t10.durationMs());
            assertEquals(5, t10.firstSeen());
            List<TrackFacts> all = db.read(c -> RankingData.candidates(c, Set.of()));
            TrackFacts t11 = all.stream().filter(t -> t.urn().endsWith(":11")).findFirst().orElseThrow();
            assertEquals(List.of(new TrackFacts.Source("soundcloud:users:2", 6)), t11.likers());
            assertTrue(t11.reposters().isEmpty());
            assertEquals(1, in.verdicts().size());
            Verdict v = in.verdicts().get(0);
            assertEquals("soundcloud:tracks:13", v.track().urn());
            assertTrue(v.kept());
            assertEquals(1, v.judgedAt());
            assertFalse(v.track().uploaderFollowed());
        }
    }

    @Test
    void aTrackOnlyAFollowedArtistUploadedCountsForThatArtist() {
        try (Database db = Database.openIn(dir)) {
            new DiscoveryIndex(db).artist(1, true, 0).track(10, 200, 5).source(10, 1, "upload", 5);
            List<TrackFacts> c = db.read(x -> RankingData.candidates(x, Set.of()));
            assertEquals(1, c.size());
            assertEquals(List.of(new TrackFacts.Source("soundcloud:users:1", 5)), c.get(0).links(SourceKind.UPLOAD));
            assertEquals(c.get(0).links(SourceKind.UPLOAD), c.get(0).sources());
        }
    }

    @Test
    void readsSoundCloudAndIsoTimes() {
        assertEquals(1_600_000_000_000L, RankingData.parseTime("2020/09/13 12:26:40 +0000"));
        assertEquals(1_600_000_000_000L, RankingData.parseTime("2020-09-13T12:26:40Z"));
        assertEquals(null, RankingData.parseTime("yesterday"));
    }
}
