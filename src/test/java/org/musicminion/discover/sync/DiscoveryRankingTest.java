package org.musicminion.discover.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicminion.discover.store.Database;
import org.musicminion.discover.store.Judgments;
import org.musicminion.discover.testing.DiscoveryIndex;

class DiscoveryRankingTest {
    private static final long DAY = 86_400_000L;

    private static DiscoveryRanking.Candidate track(String urn, double hitRate, long firstSeen, Long seconds, String... reposters) {
        return new DiscoveryRanking.Candidate(urn, reposters.length, List.of(reposters), hitRate, firstSeen,
                seconds == null ? null : seconds * 1000);
    }

    private static DiscoveryRanking ranking(int max, int cap) {
        return new DiscoveryRanking(new DiscoveryRanking.Rules(max, cap, 120_000, 600_000, 3));
    }

    @Test
    void ordersByReposterCountThenMeanHitRateThenNewestFirstSeen() {
        List<DiscoveryRanking.Candidate> c = List.of(
                track("old-good", 0.9, 1, 200L, "a"),
                track("new-good", 0.9, 5, 200L, "b"),
                track("three", 0.0, 1, 200L, "a", "b", "c"),
                track("two-poor", 0.1, 9, 200L, "a", "b"),
                track("two-good", 0.8, 1, 200L, "c", "d"),
                track("new-poor", 0.2, 9, 200L, "c"));
        assertEquals(List.of("three", "two-good", "two-poor", "new-good", "old-good", "new-poor"),
                ranking(10, 0).pick(c).discovery());
    }

    @Test
    void noArtistPlacesMoreThanTheCapAndEveryReposterCounts() {
        List<DiscoveryRanking.Candidate> c = new ArrayList<>();
        c.add(track("ab", 1, 10, 200L, "a", "b"));   // counts for a and b
        for (int i = 0; i < 5; i++) c.add(track("a" + i, 0.9, 9 - i, 200L, "a"));
        for (int i = 0; i < 5; i++) c.add(track("b" + i, 0.8, 9 - i, 200L, "b"));
        for (int i = 0; i < 5; i++) c.add(track("c" + i, 0.1, 9 - i, 200L, "c"));
        // "ab" counts against a and b: each then places one more of its own, c fills the rest
        DiscoveryRanking.Picks p = ranking(5, 2).pick(c);
        assertEquals(List.of("ab", "a0", "b0", "c0", "c1"), p.discovery());
        assertEquals(2, p.cap());
    }

    @Test
    void whenCappedPicksCannotFillTheCapDoublesThenGoesAway() {
        List<DiscoveryRanking.Candidate> c = new ArrayList<>();
        for (int i = 0; i < 10; i++) c.add(track("a" + i, 0.9, 100 - i, 200L, "a"));
        c.add(track("b0", 0.5, 100, 200L, "b"));
        c.add(track("b1", 0.5, 99, 200L, "b"));
        // cap 2 gives a0 a1 b0 b1 = 4 < 6; cap 4 gives a0..a3 b0 b1 = 6: full
        DiscoveryRanking.Picks doubled = ranking(6, 2).pick(c);
        assertEquals(4, doubled.cap());
        assertEquals(List.of("a0", "a1", "a2", "a3", "b0", "b1"), doubled.discovery());
        // 10 wanted: cap 4 gives 6, so no cap: the best 10 in order
        DiscoveryRanking.Picks dropped = ranking(10, 2).pick(c);
        assertEquals(0, dropped.cap());
        assertEquals(List.of("a0", "a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8", "a9"), dropped.discovery());
        // enough artists: the cap holds and the playlist is full
        DiscoveryRanking.Picks held = ranking(4, 2).pick(c);
        assertEquals(2, held.cap());
        assertEquals(List.of("a0", "a1", "b0", "b1"), held.discovery());
        // fewer candidates than max_tracks: every candidate is proposed
        assertEquals(12, ranking(50, 2).pick(c).discovery().size());
    }

    @Test
    void shortTracksAreDroppedMixesGoToTheirOwnPlaylistNewestFirstAndUnknownDurationsStay() {
        List<DiscoveryRanking.Candidate> c = List.of(
                track("short", 1, 1, 119L, "a", "b"),
                track("min", 0, 1, 120L, "a"),
                track("max", 0, 2, 600L, "a"),
                track("unknown", 0, 3, null, "a"),
                track("mix-old", 1, 1, 3600L, "a", "b"),
                track("mix-new", 0, 9, 601L, "c"),
                track("mix-mid", 0, 5, 1200L, "c"),
                track("mix-oldest", 0, 0, 1200L, "c"));
        DiscoveryRanking.Picks p = ranking(10, 0).pick(c);
        assertEquals(List.of("unknown", "max", "min"), p.discovery());
        assertEquals(List.of("mix-new", "mix-mid", "mix-old"), p.mixes()); // mixes.max_tracks 3
    }

    @Test
    void aHandMadeIndexRanksUnjudgedUnownedTracksByTheirRepostersHitRate(@TempDir Path dir) throws Exception {
        try (Database db = Database.openIn(dir)) {
            DiscoveryIndex ix = new DiscoveryIndex(db);
            long now = 100 * DAY;
            for (long a = 1; a <= 4; a++) ix.artist(a, a != 4, 0);
            for (long t = 1; t <= 12; t++) ix.track(t, 200, now - t * DAY);
            // artist 1: liked 1 of 2 judged (0.5); artist 2: liked 2 of 2 (1.0); artist 3: judged nothing (0)
            ix.source(1, 1, "repost", 1).source(2, 1, "repost", 1).judge(1, Judgments.LIKED).judge(2, Judgments.NOT_QUITE);
            ix.source(3, 2, "like", 1).source(4, 2, "repost", 1).judge(3, Judgments.LIKED).judge(4, Judgments.LIKED);
            ix.source(5, 1, "repost", 1).source(6, 2, "repost", 1).source(7, 3, "repost", 1);
            ix.source(8, 1, "repost", 1).source(8, 3, "repost", 1);   // two reposters: first
            ix.source(9, 2, "repost", 1);                              // owned: never proposed
            ix.source(10, 2, "like", 1);                               // only liked: after the reposted ones
            ix.source(11, 4, "repost", 1);                             // unfollowed artist: not a candidate
            DiscoveryRanking.Picks p = db.read(c -> ranking(10, 0).rank(c, Set.of("soundcloud:tracks:9")));
            assertEquals(List.of("soundcloud:tracks:8", "soundcloud:tracks:6", "soundcloud:tracks:5", "soundcloud:tracks:7",
                    "soundcloud:tracks:10"), p.discovery());
        }
    }
}
