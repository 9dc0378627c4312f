package org.musicminion.discover.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class LogisticFitTest {
    @Test
    void recoversTheDirectionAndRoughSizeOfAKnownEffect() {
        SplittableRandom rnd = new SplittableRandom(5);
        int n = 4000;
        double[][] x = new double[n][3];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            x[i][0] = rnd.nextGaussian();
            x[i][1] = rnd.nextGaussian();
            x[i][2] = 7; // constant: must not break the fit
            double z = -1 + 1.5 * x[i][0] - 0.5 * x[i][1];
            y[i] = rnd.nextDouble() < 1 / (1 + Math.exp(-z));
        }
        LogisticFit.Model m = LogisticFit.fit(x, y);
        assertEquals(1.5, m.weights()[0] / m.scale()[0], 0.15);
        assertEquals(-0.5, m.weights()[1] / m.scale()[1], 0.1);
        assertEquals(0, m.weights()[2], 1e-9);
        assertTrue(m.probability(new double[] {2, 0, 7}) > 0.8);
        assertTrue(m.probability(new double[] {-2, 0, 7}) < 0.05);
    }

    @Test
    void choleskySolvesASmallSystem() {
        double[][] a = {{4, 2}, {2, 3}};
        double[] x = LogisticFit.solve(a, new double[] {2, 1});
        assertEquals(0.5, x[0], 1e-12);
        assertEquals(0, x[1], 1e-12);
    }
}
