package org.musicminion.discover.ranking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The keep model: the chance of keeping a track is the logistic of the overall keep rate's log-odds, an offset,
 * and the {@link Features} (each the evidence of your own verdicts) weighted. Unfitted ({@link #PRIOR}: offset 0,
 * every weight 1) it simply adds up the evidence, the heuristic; fitted on your verdicts it learns how much each
 * kind of evidence is worth for you (a weight 0 for genre if genre says nothing about you, 1.5 for reposters if
 * who reposts says much), pulled toward 1 by a ridge worth {@link #RIDGE} so few verdicts move it little.
 */
final class KeepModel {
    static final double RIDGE = 4;
    private static final int STEPS = 30;

    /** The offset and one weight per feature. */
    record Weights(double offset, double[] beta) {
        double z(double[] x, double priorLogit) {
            double z = priorLogit + offset;
            for (int i = 0; i < beta.length; i++) z += beta[i] * x[i];
            return z;
        }

        double probability(double[] x, double priorLogit) {
            return 1 / (1 + Math.exp(-z(x, priorLogit)));
        }
    }

    static final Weights PRIOR = prior();

    private static Weights prior() {
        double[] b = new double[Features.values().length];
        java.util.Arrays.fill(b, 1);
        return new Weights(0, b);
    }

    /** One verdict as the ranking could have seen it: its features and overall rate from the verdicts before it. */
    record Row(Verdict verdict, double[] x, double priorLogit) {
        boolean kept() {
            return verdict.kept();
        }
    }

    /** The rows of {@code verdicts} (oldest first) and the ledger of them all. */
    record History(List<Row> rows, Ledger ledger) {
    }

    /**
     * Walks {@code verdicts} oldest first: each verdict's row holds what was known just before it (verdicts recorded
     * at the same instant do not see each other), then it is counted. Only verdicts on tracks some followed account
     * had surfaced by then become rows: the ranking never proposes the others (your likes from elsewhere), but they
     * still count as evidence (uploader, genre, tags).
     */
    static History history(List<Verdict> verdicts, Voices voices) {
        List<Verdict> sorted = new ArrayList<>(verdicts);
        sorted.sort(Comparator.comparingLong(Verdict::judgedAt).thenComparing(v -> v.track().urn()));
        Ledger ledger = new Ledger();
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < sorted.size(); ) {
            long at = sorted.get(i).judgedAt();
            int j = i;
            double priorLogit = Ledger.logit(ledger.prior());
            while (j < sorted.size() && sorted.get(j).judgedAt() == at) {
                Verdict v = sorted.get(j);
                TrackFacts then = v.track().asOf(at);
                if (!then.sources().isEmpty()) rows.add(new Row(v, Features.vector(then, at, ledger, voices), priorLogit));
                j++;
            }
            for (int k = i; k < j; k++) {
                Verdict v = sorted.get(k);
                ledger.add(Features.allKeys(v.track().asOf(at), at), v.judgment(), at);
            }
            i = j;
        }
        return new History(rows, ledger);
    }

    /** Fits the offset and weights on {@code rows} (kept = 1) by Newton's method, the weights pulled toward 1. */
    static Weights fit(List<Row> rows) {
        int p = Features.values().length;
        double[] w = new double[p + 1]; // w[0] the offset
        for (int j = 1; j <= p; j++) w[j] = 1;
        for (int step = 0; step < STEPS; step++) {
            double[] grad = new double[p + 1];
            double[][] hess = new double[p + 1][p + 1];
            double[] z = new double[p + 1];
            for (Row r : rows) {
                z[0] = 1;
                System.arraycopy(r.x(), 0, z, 1, p);
                double eta = r.priorLogit();
                for (int j = 0; j <= p; j++) eta += w[j] * z[j];
                double mu = 1 / (1 + Math.exp(-eta));
                double res = (r.kept() ? 1 : 0) - mu;
                double v = Math.max(mu * (1 - mu), 1e-9);
                for (int j = 0; j <= p; j++) {
                    grad[j] += res * z[j];
                    for (int k = 0; k <= j; k++) hess[j][k] += v * z[j] * z[k];
                }
            }
            grad[0] -= 0.1 * w[0];
            hess[0][0] += 0.1;
            for (int j = 1; j <= p; j++) {
                grad[j] -= RIDGE * (w[j] - 1);
                hess[j][j] += RIDGE;
            }
            for (int j = 0; j <= p; j++) for (int k = j + 1; k <= p; k++) hess[j][k] = hess[k][j];
            double[] delta = solve(hess, grad);
            double change = 0;
            for (int j = 0; j <= p; j++) {
                w[j] += delta[j];
                change = Math.max(change, Math.abs(delta[j]));
            }
            if (change < 1e-6) break;
        }
        double[] beta = new double[p];
        System.arraycopy(w, 1, beta, 0, p);
        return new Weights(w[0], beta);
    }

    /** Solves {@code a·x = b} for a symmetric positive definite {@code a} (Cholesky); {@code a} is overwritten. */
    static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        for (int j = 0; j < n; j++) {
            double d = a[j][j];
            for (int k = 0; k < j; k++) d -= a[j][k] * a[j][k];
            a[j][j] = Math.sqrt(Math.max(d, 1e-12));
            for (int i = j + 1; i < n; i++) {
                double s = a[i][j];
                for (int k = 0; k < j; k++) s -= a[i][k] * a[j][k];
                a[i][j] = s / a[j][j];
            }
        }
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double s = b[i];
            for (int k = 0; k < i; k++) s -= a[i][k] * y[k];
            y[i] = s / a[i][i];
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = y[i];
            for (int k = i + 1; k < n; k++) s -= a[k][i] * x[k];
            x[i] = s / a[i][i];
        }
        return x;
    }
}
