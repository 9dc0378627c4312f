package org.musicminion.discover.ranking;

/**
 * L2-regularised logistic regression fitted by Newton's method (IRLS) on standardised features. The fits
 * here have about 16 features and at most tens of thousands of verdicts, so each Newton step is one pass
 * over the rows plus a 17×17 solve, and 6–10 steps converge; a library (Smile 3+ is GPL; Tribuo or
 * liblinear-java add hundreds of KiB to the jar and class loading to every start) would buy nothing here.
 */
public final class LogisticFit {
    /** Ridge penalty on the standardised weights (not the intercept). */
    static final double LAMBDA = 1.0;
    private static final int MAX_STEPS = 25;

    /** A fitted model: intercept and weights on standardised features (mean / scale from the training rows). */
    public record Model(double intercept, double[] weights, double[] mean, double[] scale) {
        /** The keep probability of a raw feature vector. */
        public double probability(double[] x) {
            double z = intercept;
            for (int j = 0; j < weights.length; j++) z += weights[j] * (x[j] - mean[j]) / scale[j];
            return 1 / (1 + Math.exp(-z));
        }
    }

    private LogisticFit() {}

    /** Fits {@code y} (1 = kept) on rows {@code x}; every row has the same length. */
    public static Model fit(double[][] x, boolean[] y) {
        int n = x.length;
        if (n == 0) throw new IllegalArgumentException("no rows to fit");
        int p = x[0].length;
        double[] mean = new double[p];
        double[] scale = new double[p];
        for (double[] r : x) for (int j = 0; j < p; j++) mean[j] += r[j] / n;
        for (double[] r : x) for (int j = 0; j < p; j++) scale[j] += (r[j] - mean[j]) * (r[j] - mean[j]) / n;
        for (int j = 0; j < p; j++) scale[j] = scale[j] > 1e-12 ? Math.sqrt(scale[j]) : 1;
        double[][] z = new double[n][p + 1];
        for (int i = 0; i < n; i++) {
            z[i][0] = 1;
            for (int j = 0; j < p; j++) z[i][j + 1] = (x[i][j] - mean[j]) / scale[j];
        }
        double[] w = new double[p + 1];
        int kept = 0;
        for (boolean b : y) if (b) kept++;
        double base = Math.min(n - 0.5, Math.max(0.5, kept)) / n;
        w[0] = Math.log(base / (1 - base));
        for (int step = 0; step < MAX_STEPS; step++) {
            double[] grad = new double[p + 1];
            double[][] hess = new double[p + 1][p + 1];
            for (int i = 0; i < n; i++) {
                double eta = 0;
                for (int j = 0; j <= p; j++) eta += w[j] * z[i][j];
                double mu = 1 / (1 + Math.exp(-eta));
                double r = (y[i] ? 1 : 0) - mu;
                double v = Math.max(mu * (1 - mu), 1e-9);
                for (int j = 0; j <= p; j++) {
                    grad[j] += r * z[i][j];
                    double vz = v * z[i][j];
                    for (int k = 0; k <= j; k++) hess[j][k] += vz * z[i][k];
                }
            }
            for (int j = 1; j <= p; j++) {
                grad[j] -= LAMBDA * w[j];
                hess[j][j] += LAMBDA;
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
        double[] weights = new double[p];
        System.arraycopy(w, 1, weights, 0, p);
        return new Model(w[0], weights, mean, scale);
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
