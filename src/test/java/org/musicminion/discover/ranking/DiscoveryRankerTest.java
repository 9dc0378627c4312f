package org.musicminion.discover.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.musicminion.discover.config.Settings;

class DiscoveryRankerTest {
    private static TrackFacts timed(String urn, long firstSeen, Long seconds, String... reposters) {
        TrackFacts t = Tracks.track(urn, firstSeen, reposters);
        return new TrackFacts(t.urn(), t.title(), t.uploaderUrn(), false, seconds == null ? null : seconds * 1000, null, firstSeen,
                t.reposters(), t.likers());
    }

    @Test
    void shortTracksAreDroppedMixesGoToTheirOwnPlaylistNewestFirstAndUnknownDurationsStay() {
        List<TrackFacts> c = List.of(
                timed("short", 1, 119L, "a", "b"),
                timed("min", 1, 120L, "a"),
                timed("max", 2, 600L, "a"),
                timed("unknown", 3, null, "a"),
                timed("mix-old", 1, 3600L, "a", "b"),
                timed("mix-new", 9, 601L, "c"),
                timed("mix-mid", 5, 1200L, "c"),
                timed("mix-oldest", 0, 1200L, "c"));
        Ranked r = new DiscoveryRanker(new RankingRules(10, 0, SlotBrackets.DEFAULT, 120_000, 600_000, 3, Settings.Ranking.Model.AUTO, 50)).rank(c, List.of());
        assertEquals(List.of("unknown", "max", "min"), r.discoveryUrns()); // one artist, unrated: 3 slots, newest first
        assertEquals(List.of("mix-new", "mix-mid", "mix-old"), r.mixes());
    }

    /**
     * The case: 20 artists, max_tracks 30, per_artist_cap 3, popular tracks reposted by many. Before, every
     * reposter counted against the cap, the cap went away and one reposter's picks filled 14 of the 30 slots.
     */
    @Test
    void aTwentyArtistIndexFillsThirtySlotsWithNoArtistOverItsSlots() {
        List<TrackFacts> c = new ArrayList<>();
        for (int i = 0; i < 40; i++) { // popular tracks: reposted by the prolific artist and five others
            String[] rs = new String[6];
            rs[0] = "prolific";
            for (int k = 1; k < 6; k++) rs[k] = "a" + ((i + k) % 19);
            c.add(Tracks.track("pop" + i, 100 - i, rs));
        }
        for (int a = 0; a < 19; a++) {
            c.add(Tracks.track("own-a" + a, 1, "a" + a));
            c.add(Tracks.track("own2-a" + a, 2, "a" + a));
        }
        for (int i = 0; i < 20; i++) c.add(Tracks.track("prolific" + i, 50, "prolific"));
        List<Verdict> vs = new ArrayList<>(Tracks.verdicts("prolific", 9, 10, 1)); // the prolific artist's picks are kept most
        for (int a = 0; a < 19; a++) vs.addAll(Tracks.verdicts("a" + a, 1, 4, 1));
        Ranked r = new DiscoveryRanker(new RankingRules(30, 3, SlotBrackets.DEFAULT, 0, 10_000_000, 0, Settings.Ranking.Model.HEURISTIC, 50)).rank(c, vs);
        assertEquals(30, r.discovery().size());
        assertFalse(r.slotsRelaxed());
        Map<String, Integer> held = new HashMap<>();
        for (Pick p : r.discovery()) held.merge(p.placedBy(), 1, Integer::sum);
        assertEquals(3, held.get("prolific")); // its picks are kept most: best first it fills its slots, capped at 3 (bracket 8)
        assertTrue(held.values().stream().allMatch(n -> n <= 3), held.toString());
        assertTrue(held.size() >= 10, held.toString());
    }
}
