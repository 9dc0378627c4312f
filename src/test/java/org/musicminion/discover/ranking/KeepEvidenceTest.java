package org.musicminion.discover.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.musicminion.discover.Judgment;

/** The keep model's evidence: genres however spelled, title tags, voices, the ledger's near misses, drift and shrinkage. */
class KeepEvidenceTest {
    private static final long DAY = 86_400_000L;

    @Test
    void oneGenreKeyHoweverItIsSpelled() {
        for (String g : List.of("DnB", "Drum and Bass", "drum & bass", "Drum n Bass", "D&B", " drum-and-bass ", "Drum+Bass")) {
            assertEquals("drumandbass", Genres.key(g), g);
        }
        assertEquals(Genres.key("Hip-hop & Rap"), Genres.key("hip hop"));
        assertEquals("deephouse", Genres.key("Deep House"));
        assertEquals(Genres.key("Électronica"), Genres.key("electronic"));
        assertNull(Genres.key("  "));
    }

    @Test
    void titleTagsAreBracketedWordsAndVersionWordsNotTheName() {
        assertEquals(Set.of("radio", "edit"), TitleTags.of("Hollow Lantern (Radio Edit)"));
        assertEquals(Set.of("vip"), TitleTags.of("Midnight Echo [VIP]"));
        assertEquals(Set.of("bootleg", "remix"), TitleTags.of("Distant Bloom - Bootleg remix"));
        assertEquals(Set.of(), TitleTags.of("Electric Engine"));
        assertEquals(Set.of(), TitleTags.of(null));
    }

    @Test
    void accountsThatAlwaysRepostTogetherAreOneVoice() {
        List<TrackFacts> tracks = new ArrayList<>();
        for (int i = 0; i < 10; i++) tracks.add(Tracks.track("n" + i, 1, "net1", "net2", "net3"));
        for (int i = 0; i < 10; i++) tracks.add(Tracks.track("c" + i, 1, "curator" + (i % 2 == 0 ? "" : "-b")));
        tracks.add(Tracks.track("mixed", 1, "curator", "net1"));
        Voices v = Voices.of(tracks);
        double[] w = v.weights(Tracks.track("x", 1, "net1", "net2", "net3").reposters());
        for (double x : w) assertEquals(1 / 3.0, x, 0.05); // the network speaks once
        double[] two = v.weights(Tracks.track("y", 1, "curator", "curator-b").reposters());
        assertEquals(1, two[0], 1e-12); // independent accounts speak once each
        assertEquals(1, two[1], 1e-12);
    }

    @Test
    void aNearMissCountsForMoreThanAPlainNoAndLittleEvidenceSaysLittle() {
        Ledger nq = new Ledger();
        Ledger no = new Ledger();
        for (int i = 0; i < 20; i++) {
            Judgment other = i % 2 == 0 ? Judgment.LIKED : Judgment.NOT_INTERESTED;
            nq.add(List.of("base"), other, 0);
            no.add(List.of("base"), other, 0);
        }
        for (int i = 0; i < 10; i++) {
            nq.add(List.of("k"), Judgment.NOT_QUITE, 1);
            no.add(List.of("k"), Judgment.NOT_INTERESTED, 1);
        }
        assertTrue(nq.deviation("k", 1) > no.deviation("k", 1));
        assertTrue(no.deviation("k", 1) < 0);
        Ledger once = new Ledger();
        for (int i = 0; i < 10; i++) once.add(List.of("base"), i < 3 ? Judgment.LIKED : Judgment.NOT_INTERESTED, 0);
        once.add(List.of("lucky"), Judgment.LIKED, 0);
        for (int i = 0; i < 20; i++) once.add(List.of("proven"), i < 15 ? Judgment.LIKED : Judgment.NOT_INTERESTED, 0);
        assertTrue(once.deviation("lucky", 0) > 0 && once.deviation("lucky", 0) < once.deviation("proven", 0) / 2);
        assertEquals(0, once.deviation("never", 0));
    }

    @Test
    void aKeysRateIsShrunkTowardTheOverallRateByThirtyTwoVerdicts() {
        Ledger l = new Ledger();
        for (int i = 0; i < 20; i++) l.add(List.of("base"), i % 2 == 0 ? Judgment.LIKED : Judgment.NOT_INTERESTED, 0);
        for (int i = 0; i < 4; i++) l.add(List.of("k"), Judgment.LIKED, 0);
        double p = l.prior();
        assertEquals(14 / 24.0, p, 1e-12);
        // four straight likes read as (4 + 32 p) / (4 + 32), 63 %: barely above the overall 58 % (a prior of 8 read 72 %)
        assertEquals(Ledger.logit((4 + 32 * p) / 36) - Ledger.logit(p), l.deviation("k", 0), 1e-9);
    }

    @Test
    void olderVerdictsWeighLessAsTasteDrifts() {
        Ledger l = new Ledger();
        l.add(List.of("k"), Judgment.LIKED, 0);
        assertEquals(1, l.weight("k", 0), 1e-9);
        assertEquals(0.5, l.weight("k", (long) (Ledger.HALF_LIFE_DAYS * DAY)), 1e-9);
        // a key kept long ago and rejected lately reads as rejected
        Ledger drift = new Ledger();
        for (int i = 0; i < 10; i++) drift.add(List.of("k", "other"), Judgment.LIKED, 0);
        for (int i = 0; i < 10; i++) drift.add(List.of("k", "other"), Judgment.NOT_INTERESTED, 200 * DAY);
        for (int i = 0; i < 20; i++) drift.add(List.of("base"), i % 2 == 0 ? Judgment.LIKED : Judgment.NOT_INTERESTED, 200 * DAY);
        assertTrue(drift.deviation("k", 200 * DAY) < 0, "" + drift.deviation("k", 200 * DAY));
    }
}
