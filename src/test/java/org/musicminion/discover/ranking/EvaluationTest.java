package org.musicminion.discover.ranking;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.musicminion.discover.config.Settings;

class EvaluationTest {
    /** {@code days} days of 10 verdicts each on the picks of 6 artists, artist "a0" kept most; seeded. */
    static List<Verdict> history(int days, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<Verdict> out = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            for (int i = 0; i < 10; i++) {
                int a = rnd.nextInt(6);
                double p = a == 0 ? 0.8 : a == 1 ? 0.5 : 0.1;
                long seconds = 100 + rnd.nextInt(500);
                TrackFacts t = new TrackFacts("t" + d + "-" + i, "Song", "up" + rnd.nextInt(20), false, seconds * 1000, null, d * 10L,
                        List.of(new TrackFacts.Source("a" + a, d * 10L)), List.of());
                out.add(new Verdict(t, rnd.nextDouble() < p, d * 10L + 5));
            }
        }
        return out;
    }

    @Test
    void everyTrainingVerdictIsOlderThanEveryTestVerdictAndOneInstantStaysOnOneSide() {
        List<Verdict> vs = history(10, 1); // 10 instants of 10 verdicts: a 70 % cut lands on an instant boundary
        Evaluation.Split s = Evaluation.split(vs);
        assertEquals(70, s.train().size());
        assertEquals(30, s.test().size());
        long newestTrain = s.train().stream().mapToLong(Verdict::judgedAt).max().orElseThrow();
        long oldestTest = s.test().stream().mapToLong(Verdict::judgedAt).min().orElseThrow();
        assertTrue(newestTrain < oldestTest);
        // 7 instants: 70 % is 4.9 instants in; the instant the cut falls in goes to test whole
        Evaluation.Split seven = Evaluation.split(history(7, 2));
        assertEquals(40, seven.train().size());
        assertTrue(seven.train().stream().mapToLong(Verdict::judgedAt).max().orElseThrow()
                < seven.test().stream().mapToLong(Verdict::judgedAt).min().orElseThrow());
    }

    @Test
    void noVerdictFromTheTestPeriodReachesTheFittedModel() {
        List<Verdict> vs = history(20, 3);
        Evaluation.Split s = Evaluation.split(vs);
        LogisticFit.Model fitted = Evaluation.fit(s.train());
        // flip every test verdict: what the model learned from training must not move
        List<Verdict> flipped = new ArrayList<>(s.train());
        for (Verdict v : s.test()) flipped.add(new Verdict(v.track(), !v.kept(), v.judgedAt()));
        Evaluation.Split s2 = Evaluation.split(flipped);
        assertEquals(s.train(), s2.train());
        LogisticFit.Model again = Evaluation.fit(s2.train());
        assertArrayEquals(fitted.weights(), again.weights(), 0);
        // and the test figures use evidence from training only: flipped test labels change only the figures
        Evaluation e1 = Evaluation.run(vs, 50, Settings.Ranking.Model.AUTO);
        Evaluation e2 = Evaluation.run(flipped, 50, Settings.Ranking.Model.AUTO);
        assertEquals(e1.train(), e2.train());
        assertEquals(e1.heuristic().auc(), 1 - e2.heuristic().auc(), 1e-3);
    }

    @Test
    void aTrainingRowSeesOnlyTheVerdictsRecordedBeforeIt() {
        List<Verdict> vs = new ArrayList<>();
        vs.addAll(Tracks.verdicts("solo", 1, 2, 20)); // two verdicts recorded together at 20
        vs.addAll(Tracks.verdicts("solo", 1, 1, 10)); // one earlier, at 10
        vs.addAll(Tracks.verdicts("solo", 0, 1, 30)); // one later
        Evaluation.Rows rows = Evaluation.rows(vs);
        int verdicts = Features.NAMES.indexOf("placed_by_verdicts");
        assertEquals(List.of(10L, 20L, 20L, 30L), rows.verdicts().stream().map(Verdict::judgedAt).toList());
        assertEquals(0, rows.x()[0][verdicts]);                 // nothing before the first
        assertEquals(Math.log1p(1), rows.x()[1][verdicts], 1e-12); // the one at 10, not its twin at 20 nor itself
        assertEquals(Math.log1p(1), rows.x()[2][verdicts], 1e-12);
        assertEquals(Math.log1p(3), rows.x()[3][verdicts], 1e-12);
        assertEquals(Features.logit(Smoothing.NO_VERDICTS_RATE), rows.x()[0][Features.NAMES.indexOf("placed_by_rate")], 1e-9);
    }

    @Test
    void theModelCompetesOnlyFromMinVerdictsAndRanksOnlyWhenItsPrecisionAt20Wins() {
        List<Verdict> vs = history(20, 4);
        Evaluation below = Evaluation.run(vs, 500, Settings.Ranking.Model.AUTO);
        assertNull(below.model());
        assertNotNull(below.heuristic());
        assertEquals(RankingKind.HEURISTIC, below.ranking());
        Evaluation e = Evaluation.run(vs, 50, Settings.Ranking.Model.AUTO);
        assertNotNull(e.model());
        assertEquals(e.model().precisionAt20() > e.heuristic().precisionAt20() ? RankingKind.MODEL : RankingKind.HEURISTIC,
                e.ranking());
        assertEquals(RankingKind.HEURISTIC, Evaluation.run(vs, 50, Settings.Ranking.Model.HEURISTIC).ranking()); // ranking.model = "heuristic"
        assertEquals(200, e.verdicts());
        assertEquals(e.train() + e.test(), e.verdicts());
    }

    @Test
    void precisionAndAucCountWhatTheyShould() {
        double[] score = {0.9, 0.8, 0.7, 0.1};
        boolean[] kept = {true, false, true, false};
        assertEquals(0.5, Evaluation.precisionAt(score, kept, 2));
        assertEquals(0.5, Evaluation.precisionAt(score, kept, 20)); // fewer than k: all of them
        assertEquals(0.75, Evaluation.auc(score, kept), 1e-12);
        assertEquals(0.5, Evaluation.auc(new double[] {1, 1}, new boolean[] {true, false}), 1e-12);
    }
}
