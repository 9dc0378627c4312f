package org.musicminion.discover.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.musicminion.discover.store.ArtistStats;

class NoiseTest {
    private static final double OVERALL = 0.22;

    @Test
    void aProlificArtistWhoseTracksAreRarelyKeptIsAnUnfollowCandidateWithTheNumbers() {
        Noise.Assessment a = Noise.assess(2.0, 0, 20, OVERALL); // 14 a week, nothing kept of 20
        assertTrue(a.noisy());
        assertEquals(Noise.Suggestion.UNFOLLOW_CANDIDATE, a.suggestion());
        assertEquals("unfollow candidate", a.suggestion().toString());
        assertEquals(14.0, a.tracksPerWeek(), 1e-9);
        assertEquals((0 + 10 * OVERALL) / (20 + 10), a.keepRate(), 1e-9);
        assertTrue(a.reason().contains("14.0 tracks a week") && a.reason().contains("0 liked of 20 verdicts"), a.reason());
    }

    @Test
    void belowAverageButNotWorthlessIsAMuteCandidate() {
        Noise.Assessment a = Noise.assess(1.0, 2, 12, OVERALL); // 7 a week, 2 of 12 kept: (2 + 2.2) / 22 = 19 %
        assertEquals(Noise.Suggestion.MUTE_CANDIDATE, a.suggestion());
    }

    @Test
    void fewVerdictsAreTooLittleToSayAnythingButKeep() {
        Noise.Assessment a = Noise.assess(3.0, 0, 4, OVERALL);
        assertTrue(a.noisy());
        assertEquals(Noise.Suggestion.KEEP, a.suggestion());
        assertTrue(a.reason().startsWith("too few verdicts"), a.reason());
    }

    @Test
    void aQuietArtistOrOneKeptAsOftenAsTheRestIsNotNoisy() {
        assertFalse(Noise.assess(0.3, 0, 20, OVERALL).noisy(), "2.1 a week is below the bar");
        assertFalse(Noise.assess(3.0, 10, 30, OVERALL).noisy(), "kept a third of the time, above the overall 22 %");
        assertFalse(Noise.assess(5.0, 0, 0, OVERALL).noisy(), "no verdicts: the prior itself, not below it");
        assertEquals(Noise.Suggestion.KEEP, Noise.assess(0.3, 0, 20, OVERALL).suggestion());
    }

    private static ArtistStats.Row artist(int n, double perDay30d, int liked, int judged, boolean followed) {
        return new ArtistStats.Row("soundcloud:users:" + n, "a" + n, null, new ArtistStats.Tally(0, 0, judged, liked, 0),
                new ArtistStats.Activity(0, perDay30d, null), new ArtistStats.Checks(null, null, null), followed, null);
    }

    @Test
    void theNoisiestFollowedArtistsComeFirstByUnkeptTracksAWeekAndTheLimitCuts() {
        List<ArtistStats.Row> rows = List.of(
                artist(1, 1.0, 2, 12, true),   // 7 a week, 19 % kept: 5.7 unkept
                artist(2, 2.0, 0, 20, true),   // 14 a week, 7 % kept: 13 unkept
                artist(3, 3.0, 0, 20, false),  // noisier still, but unfollowed
                artist(4, 0.1, 0, 20, true),   // 0.7 a week: not noisy
                artist(5, 1.0, 2, 12, true));  // as 1: the URN breaks the tie
        assertEquals(List.of("soundcloud:users:2", "soundcloud:users:1", "soundcloud:users:5"),
                Noise.noisiest(rows, OVERALL, null).stream().map(n -> n.artist().urn()).toList());
        assertEquals(List.of("soundcloud:users:2"), Noise.noisiest(rows, OVERALL, 1).stream().map(n -> n.artist().urn()).toList());
        assertEquals(Noise.Suggestion.UNFOLLOW_CANDIDATE, Noise.noisiest(rows, OVERALL, 1).get(0).assessment().suggestion());
    }
}
