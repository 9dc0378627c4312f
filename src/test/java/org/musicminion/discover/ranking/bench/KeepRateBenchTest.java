package org.musicminion.discover.ranking.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.musicminion.discover.ranking.RankingKind;

/** The keep-rate benchmark in a configuration small enough for CI: every ranking runs sync → push → listen → import. */
class KeepRateBenchTest {
    @Test
    void everyRankingLivesThroughTheSameSimulatedDaysAndTheChartShowsThem() throws Exception {
        KeepRateBench.Setup s = new KeepRateBench.Setup(6, 10, 30, 1000, 5, 40, 15, 0.15, 0.22, 0.5, 3);
        List<KeepRateBench.Run> runs = KeepRateBench.runAll(s);
        assertEquals(List.of("current", "most reposters first", "slot heuristic", "music-minion", "new ranking"), runs.stream().map(KeepRateBench.Run::name).toList());
        for (KeepRateBench.Run r : runs) {
            assertEquals(6, r.days().size());
            for (KeepRateBench.Day d : r.days()) {
                assertTrue(d.pushed() > 15 && d.judged() > 5 && d.judged() <= 15, r.name() + " " + d);
                assertTrue(d.liked() <= d.judged() && d.likedTop20() <= d.liked());
            }
            double keep = r.keepRate(3);
            assertTrue(keep > 0 && keep < 1, r.name() + " " + keep);
        }
        // on day 1 nothing is judged yet: the heuristic ranks (the model needs ranking.min_verdicts first)
        KeepRateBench.Run fresh = runs.get(4);
        assertEquals(RankingKind.HEURISTIC, fresh.days().get(0).ranking());
        String svg = KeepRateChart.svg(runs, 3);
        assertTrue(svg.startsWith("<svg") && svg.strip().endsWith("</svg>"));
        assertEquals(5, svg.split("<polyline").length - 1);
        assertTrue(KeepRateBench.summary(runs, 3).contains("| new ranking |"));
    }
}
