package org.musicminion.discover.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class SmoothingTest {
    @Test
    void oneLikeOutOfOneVerdictRanksBelowFortyOutOfSixty() {
        List<Verdict> vs = new ArrayList<>();
        vs.addAll(Tracks.verdicts("lucky", 1, 1, 1));
        vs.addAll(Tracks.verdicts("proven", 40, 60, 1));
        vs.addAll(Tracks.verdicts("rest", 5, 100, 1));
        Evidence e = Evidence.of(vs);
        assertEquals(1.0, (double) e.artist("lucky").liked() / e.artist("lucky").judged()); // raw: 100 %
        assertTrue(e.artistRate("lucky") < e.artistRate("proven"), e.artistRate("lucky") + " vs " + e.artistRate("proven"));
        assertTrue(e.artistRate("proven") > 0.55);
    }

    @Test
    void littleEvidenceStaysNearTheListenersOverallKeepRate() {
        List<Verdict> vs = new ArrayList<>(Tracks.verdicts("many", 30, 100, 1));
        vs.addAll(Tracks.verdicts("few", 0, 2, 1));
        Evidence e = Evidence.of(vs);
        double prior = 30 / 102.0;
        assertEquals(prior, e.prior(), 1e-9);
        assertEquals((0 + 10 * prior) / (2 + 10), e.artistRate("few"), 1e-9); // Beta prior worth 10 verdicts
        assertEquals(prior, e.artistRate("nobody"), 1e-9);
        assertEquals(Smoothing.NO_VERDICTS_RATE, Evidence.of(List.of()).prior());
    }
}
