package org.musicminion.discover.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class AttributionTest {
    @Test
    void aTrackCountsForItsReposterWithTheBestSmoothedHitRate() {
        List<Verdict> vs = new ArrayList<>(Tracks.verdicts("good", 8, 10, 1));
        vs.addAll(Tracks.verdicts("poor", 1, 10, 1));
        vs.addAll(Tracks.verdicts("lucky", 1, 1, 1)); // raw 100 %, smoothed far below "good"
        Evidence e = Evidence.of(vs);
        assertEquals("good", Attribution.placedBy(Tracks.track("t", 5, "poor@1", "lucky@2", "good@3"), e));
    }

    @Test
    void equalRatesGoToTheEarliestRepostThenTheSmallestUrn() {
        Evidence e = Evidence.NONE;
        assertEquals("late-but-small", Attribution.placedBy(Tracks.track("t", 9, "z-early@1", "late-but-small@1"), e));
        assertEquals("z-early", Attribution.placedBy(Tracks.track("t", 9, "a-late@3", "z-early@1"), e));
    }

    @Test
    void aTrackNobodyRepostedCountsForItsLikerAndOneWithNoSourceForNobody() {
        assertEquals("fan", Attribution.placedBy(Tracks.liked("t", 1, "fan"), Evidence.NONE));
        assertNull(Attribution.placedBy(Tracks.track("t", 1), Evidence.NONE));
    }
}
