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

class SlotsTest {
    private static final SlotBrackets B = SlotBrackets.DEFAULT;

    @Test
    void bracketsGiveMusicMinionsSlotsCappedByPerArtistCap() {
        assertEquals(3, B.slots(0, 0.9, 0));   // unrated, whatever the prior says
        assertEquals(8, B.slots(10, 0.41, 0));
        assertEquals(4, B.slots(10, 0.40, 0));
        assertEquals(4, B.slots(10, 0.20, 0));
        assertEquals(2, B.slots(10, 0.19, 0));
        assertEquals(2, B.slots(10, 0.05, 0));
        assertEquals(1, B.slots(10, 0.049, 0));
        assertEquals(5, B.slots(10, 0.9, 5));   // per_artist_cap is the most any artist holds
        assertEquals(3, B.slots(0, 0.9, 5));
    }

    private static SlotFill.Scored s(String urn, double score, String artist) {
        return new SlotFill.Scored(Tracks.track(urn, 1, artist), score, artist);
    }

    @Test
    void fillsBestFirstWithinEachArtistsSlots() {
        List<SlotFill.Scored> best = new ArrayList<>();
        for (int i = 0; i < 6; i++) best.add(s("a" + i, 0.9 - i * 0.01, "a"));
        for (int i = 0; i < 6; i++) best.add(s("b" + i, 0.5 - i * 0.01, "b"));
        for (int i = 0; i < 6; i++) best.add(s("c" + i, 0.3 - i * 0.01, "c"));
        Map<String, Integer> slots = Map.of("a", 3, "b", 2, "c", 1);
        SlotFill.Fill f = SlotFill.fill(best, slots::get, 6);
        assertEquals(List.of("a0", "a1", "a2", "b0", "b1", "c0"), f.picks().stream().map(x -> x.track().urn()).toList());
        assertFalse(f.slotsRelaxed());
        // a shorter playlist: the best while their artist has a slot (a's three, then b's best)
        SlotFill.Fill four = SlotFill.fill(best, slots::get, 4);
        assertEquals(List.of("a0", "a1", "a2", "b0"), four.picks().stream().map(x -> x.track().urn()).toList());
    }

    @Test
    void whenSlotsCannotFillTheBestLeftoversFillOneByOneAndSaySo() {
        // the case: one prolific reposter, few others; the old cap doubled, then vanished
        List<SlotFill.Scored> best = new ArrayList<>();
        for (int i = 0; i < 20; i++) best.add(s("p" + i, 0.8 - i * 0.001, "prolific"));
        best.add(s("q0", 0.5, "quiet"));
        best.add(s("r0", 0.4, "rare"));
        SlotFill.Fill f = SlotFill.fill(best, a -> 3, 6);
        assertEquals(List.of("p0", "p1", "p2", "p3", "q0", "r0"), f.picks().stream().map(x -> x.track().urn()).toList());
        assertTrue(f.slotsRelaxed());
        Map<String, Integer> held = new HashMap<>();
        for (SlotFill.Scored x : f.picks()) held.merge(x.placedBy(), 1, Integer::sum);
        assertEquals(4, held.get("prolific")); // one over its slots, only because nothing else was left
    }

    @Test
    void everyTrackCountsAgainstOneArtistOnly() {
        // a popular track with many reposters uses up only its attributed artist's slot
        List<Verdict> vs = new ArrayList<>(Tracks.verdicts("hub", 9, 10, 1));
        Evidence e = Evidence.of(vs);
        RankingRules rules = new RankingRules(4, 1, SlotBrackets.DEFAULT, 0, 1_000_000, 0, Settings.Ranking.Model.HEURISTIC, 50);
        List<TrackFacts> candidates = List.of(
                Tracks.track("popular", 5, "hub", "x", "y", "z"),
                Tracks.track("x1", 4, "x"), Tracks.track("y1", 4, "y"), Tracks.track("z1", 4, "z"));
        Ranked r = new DiscoveryRanker(rules).rank(candidates, vs);
        assertEquals(4, r.discovery().size());
        assertFalse(r.slotsRelaxed());
        assertEquals("hub", r.discovery().get(0).placedBy());
        assertEquals(10, e.artist("hub").judged());
    }
}
