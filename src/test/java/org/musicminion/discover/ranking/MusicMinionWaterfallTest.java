package org.musicminion.discover.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.musicminion.discover.Judgment;
import org.musicminion.discover.config.Settings;

class MusicMinionWaterfallTest {
    private static final long DAY = 86_400_000L;
    private static final long NOW = 100 * DAY;

    private static MusicMinionWaterfall waterfall(int maxTracks) {
        RankingRules rules = new RankingRules(maxTracks, 0, SlotBrackets.DEFAULT, 0, 1_000_000, 0, Settings.Ranking.Model.MUSIC_MINION, 50);
        return new MusicMinionWaterfall(rules, Clock.fixed(Instant.ofEpochMilli(NOW), ZoneOffset.UTC));
    }

    /** A track released {@code daysOld} days before now, reposted by {@code reposters}. */
    private static TrackFacts released(String urn, double daysOld, String... reposters) {
        TrackFacts t = Tracks.track(urn, NOW - 200 * DAY, reposters);
        return new TrackFacts(t.urn(), t.title(), t.uploaderUrn(), false, t.durationMs(), NOW - (long) (daysOld * DAY),
                t.firstSeen(), t.reposters(), List.of());
    }

    /** {@code liked} of {@code n} verdicts on tracks {@code artist} reposted, the rest {@code rest}. */
    private static List<Verdict> judged(String artist, int liked, int n, Judgment rest) {
        List<Verdict> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new Verdict(Tracks.track(artist + "-v" + i, 0, artist), i < liked ? Judgment.LIKED : rest, 10));
        }
        return out;
    }

    @Test
    void theNewestWeekComesFirstThenTheReposterHitRateThenTheNewestTime() {
        List<Verdict> vs = new ArrayList<>(judged("good", 3, 4, Judgment.NOT_INTERESTED)); // 75 %
        vs.addAll(judged("poor", 1, 4, Judgment.NOT_QUITE));                              // 25 %: not_quite counts as dismissed
        List<TrackFacts> c = List.of(
                released("old-good", 9, "good"),       // last week's tier, however good the reposter
                released("new-poor", 2, "poor"),
                released("new-good-older", 6, "good"),
                released("new-good", 1, "good"),
                released("liked-only", 0));            // nobody reposted it: reposts only
        Ranked r = waterfall(10).rank(c, vs);
        assertEquals(List.of("new-good", "new-good-older", "new-poor", "old-good"), r.discoveryUrns());
        assertEquals(RankingKind.MUSIC_MINION, r.ranking());
        assertNull(r.evaluation());
        assertEquals(0.75, r.discovery().get(0).score());
    }

    @Test
    void aTrackCountsForItsBestReposterAndWithoutReleaseDateTheRepostTimeDecidesItsAge() {
        List<Verdict> vs = new ArrayList<>(judged("good", 3, 4, Judgment.NOT_INTERESTED));
        TrackFacts shared = released("shared", 1, "poor", "good");
        TrackFacts undated = Tracks.track("undated", NOW - 20 * DAY, "poor@" + (NOW - DAY)); // reposted yesterday
        Ranked r = waterfall(10).rank(List.of(shared, undated), vs);
        assertEquals("good", r.discovery().get(0).placedBy());
        assertEquals(List.of("shared", "undated"), r.discoveryUrns());
    }

    @Test
    void slotsByHitRateFillAtOnceThenTwiceThenUncappedAndSaySo() {
        // "rare": 1 of 10 (10 %: 2 slots); "new": no verdicts (3 slots); both post this week
        List<Verdict> vs = judged("rare", 1, 10, Judgment.NOT_INTERESTED);
        List<TrackFacts> c = new ArrayList<>();
        for (int i = 0; i < 8; i++) c.add(released("rare" + i, 0.1 * i, "rare"));
        for (int i = 0; i < 4; i++) c.add(released("new" + i, 0.1 * i + 0.05, "new"));
        Ranked five = waterfall(5).rank(c, vs);
        // hit rate first within the tier: rare (10 %) before new (0 %); within the slots: rare 2, new 3
        assertEquals(List.of("rare0", "rare1", "new0", "new1", "new2"), five.discoveryUrns());
        assertFalse(five.slotsRelaxed());
        Ranked nine = waterfall(9).rank(c, vs);
        // round 1: rare0 rare1 new0 new1 new2; round 2 (twice the slots): rare2 rare3 new3; round 3: rare4
        assertEquals(List.of("rare0", "rare1", "new0", "new1", "new2", "rare2", "rare3", "new3", "rare4"), nine.discoveryUrns());
        assertTrue(nine.slotsRelaxed());
    }

    @Test
    void hitRateBracketsAreMusicMinionsStrictOnes() {
        MusicMinionWaterfall.HitRates r = MusicMinionWaterfall.HitRates.of(List.of());
        assertEquals(3, r.slots("nobody", SlotBrackets.DEFAULT));
        assertEquals(8, MusicMinionWaterfall.HitRates.of(judged("a", 2, 4, Judgment.NOT_INTERESTED)).slots("a", SlotBrackets.DEFAULT));
        assertEquals(4, MusicMinionWaterfall.HitRates.of(judged("a", 2, 5, Judgment.NOT_INTERESTED)).slots("a", SlotBrackets.DEFAULT)); // 40 % is not > 40 %
        assertEquals(2, MusicMinionWaterfall.HitRates.of(judged("a", 1, 5, Judgment.NOT_INTERESTED)).slots("a", SlotBrackets.DEFAULT)); // 20 % is not > 20 %
        assertEquals(1, MusicMinionWaterfall.HitRates.of(judged("a", 0, 5, Judgment.NOT_INTERESTED)).slots("a", SlotBrackets.DEFAULT));
    }
}
