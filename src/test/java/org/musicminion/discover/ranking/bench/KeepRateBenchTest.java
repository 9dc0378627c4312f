package org.musicminion.discover.ranking.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.musicminion.discover.ranking.RankingKind;

/** The keep-rate benchmark in a configuration small enough for CI: every ranking runs sync → push → listen → import. */
class KeepRateBenchTest {
    @Test
    void everyRankingLivesThroughTheSameSimulatedDaysAndTheOracleBoundsThem() throws Exception {
        KeepRateBench.Setup s = new KeepRateBench.Setup(List.of("classic", "curators"), List.of(5L), List.copyOf(KeepRateBench.POLICIES.keySet()),
                4, 8, 30, 800, 30, 30, 0.5, 2, 2);
        List<KeepRateBench.Run> runs = KeepRateBench.runAll(s);
        assertEquals(2 * KeepRateBench.POLICIES.size(), runs.size());
        for (KeepRateBench.Run r : runs) {
            assertEquals(4, r.days().size());
            for (KeepRateBench.Day d : r.days()) {
                assertEquals(30, d.pushed(), r + "");
                assertTrue(d.judged() > 10 && d.judged() <= 30, r.policy() + " " + d);
                assertTrue(d.liked() <= d.judged() && d.meanKeep() > 0 && d.meanKeep() < 1);
            }
        }
        for (String listener : List.of("classic", "curators")) {
            double best = meanKeep(runs, listener, "best possible");
            double random = meanKeep(runs, listener, "random");
            assertTrue(best > random + 0.1, listener + ": best possible " + best + " vs random " + random);
        }
        // on day 1 nothing is judged yet: the heuristic ranks (the model needs ranking.min_verdicts first)
        assertEquals(RankingKind.HEURISTIC, runs.get(0).days().get(0).ranking());
        String svg = KeepRateChart.svg(runs, s);
        assertTrue(svg.startsWith("<svg") && svg.strip().endsWith("</svg>"));
        assertEquals(3 * KeepRateBench.POLICIES.size(), svg.split("<rect x=").length - 1 - KeepRateBench.POLICIES.size());
        String table = KeepRateBench.table(runs, s);
        assertTrue(table.contains("| pooled | random |"), table);
    }

    private static double meanKeep(List<KeepRateBench.Run> runs, String listener, String policy) {
        return runs.stream().filter(r -> r.listener().equals(listener) && r.policy().equals(policy)).findFirst().orElseThrow().meanKeep(2);
    }
}
