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
        KeepModel.Weights fitted = KeepModel.fit(KeepModel.history(s.train(), Voices.NONE).rows());
        // flip every test verdict: what the model learned from training must not move
        List<Verdict> flipped = new ArrayList<>(s.train());
        for (Verdict v : s.test()) flipped.add(new Verdict(v.track(), !v.kept(), v.judgedAt()));
        Evaluation.Split s2 = Evaluation.split(flipped);
        assertEquals(s.train(), s2.train());
        assertArrayEquals(fitted.beta(), KeepModel.fit(KeepModel.history(s2.train(), Voices.NONE).rows()).beta(), 0);
        // flipped test labels change only the figures: a test verdict's evidence is what came before it
        Evaluation e1 = Evaluation.run(vs, Voices.NONE, 50, Settings.Ranking.Model.AUTO);
        Evaluation e2 = Evaluation.run(flipped, Voices.NONE, 50, Settings.Ranking.Model.AUTO);
        assertEquals(e1.train(), e2.train());
        assertEquals(e1.model().auc() > 0.6, true, e1.toString()); // a0's picks are the keeps
    }

    @Test
    void aRowSeesOnlyTheVerdictsRecordedBeforeIt() {
        List<Verdict> vs = new ArrayList<>();
        vs.addAll(Tracks.verdicts("solo", 2, 2, 20)); // two kept together at 20
        vs.addAll(Tracks.verdicts("solo", 1, 1, 10)); // one kept earlier, at 10
        vs.addAll(Tracks.verdicts("solo", 0, 1, 30)); // one later
        vs.addAll(Tracks.verdicts("other", 0, 4, 5)); // four rejected first
        List<KeepModel.Row> rows = KeepModel.history(vs, Voices.NONE).rows();
        int reposters = Features.REPOSTERS.ordinal();
        assertEquals(List.of(5L, 5L, 5L, 5L, 10L, 20L, 20L, 30L), rows.stream().map(r -> r.verdict().judgedAt()).toList());
        assertEquals(0, rows.get(0).x()[reposters]);                 // nothing before the first
        assertEquals(0, rows.get(4).x()[reposters]);                 // nothing of "solo" before 10
        double afterOne = rows.get(5).x()[reposters];
        assertTrue(afterOne > 0, rows.toString());                   // the keep at 10, not its twin at 20 nor itself
        assertEquals(afterOne, rows.get(6).x()[reposters], 1e-12);
        assertTrue(rows.get(7).x()[reposters] > afterOne);           // three keeps by 30
    }

    @Test
    void theModelCompetesOnlyFromMinVerdictsAndRanksOnlyWhenItsAucIsAtLeastTheHeuristics() {
        List<Verdict> vs = history(20, 4);
        Evaluation below = Evaluation.run(vs, Voices.NONE, 500, Settings.Ranking.Model.AUTO);
        assertNull(below.model());
        assertNotNull(below.heuristic());
        assertEquals(RankingKind.HEURISTIC, below.ranking());
        Evaluation e = Evaluation.run(vs, Voices.NONE, 50, Settings.Ranking.Model.AUTO);
        assertNotNull(e.model());
        assertEquals(e.model().auc() >= e.heuristic().auc() ? RankingKind.MODEL : RankingKind.HEURISTIC, e.ranking());
        assertEquals(RankingKind.HEURISTIC, Evaluation.run(vs, Voices.NONE, 50, Settings.Ranking.Model.HEURISTIC).ranking());
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
