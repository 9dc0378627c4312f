package org.musicminion.discover.sandbox;

import java.util.List;

/**
 * A simulated listener's hidden chance of keeping a track. Only the sandbox and the keep-rate bench's oracle read
 * it; the product learns it through the verdicts the listener leaves on the account.
 */
@FunctionalInterface
public interface Taste {
    /**
     * The chance in [0, 1] that the listener keeps {@code t}, surfaced by the followed artists {@code pickers}, when
     * they hear it on {@code day} (1-based; a taste that drifts reads it, the others ignore it).
     */
    double keepChance(Catalogue.Track t, List<String> pickers, int day);

    /** A listener's appeal of a track in log-odds, before the calibrated base. */
    @FunctionalInterface
    interface Appeal {
        double of(Catalogue.Track t, List<String> pickers, int day);
    }

    /**
     * The taste {@code sigmoid(base + appeal)}, its base calibrated on day 1 so that the tracks the followed artists
     * surface are kept about {@code rate} of the time.
     */
    static Taste calibrated(Catalogue catalogue, double rate, Appeal appeal) {
        double base = calibrate(catalogue, (t, p) -> appeal.of(t, p, 1), rate);
        return (t, pickers, day) -> sigmoid(base + appeal.of(t, pickers, day));
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    /**
     * The base (log-odds) that makes the mean of {@code sigmoid(base + appeal)} over the live tracks the followed
     * artists surface equal {@code rate}: a taste's parts give the shape, this gives the level.
     */
    static double calibrate(Catalogue catalogue, java.util.function.ToDoubleBiFunction<Catalogue.Track, List<String>> appeal, double rate) {
        if (!(rate > 0 && rate < 1)) throw new IllegalArgumentException("base rate must be in (0, 1)");
        List<double[]> appeals = new java.util.ArrayList<>();
        for (var e : catalogue.pickersByTrack().entrySet()) {
            Catalogue.Track t = catalogue.track(e.getKey()).orElseThrow();
            if (!t.deleted()) appeals.add(new double[] {appeal.applyAsDouble(t, List.copyOf(e.getValue()))});
        }
        double lo = -12;
        double hi = 12;
        for (int i = 0; i < 50; i++) {
            double mid = (lo + hi) / 2;
            double sum = 0;
            for (double[] a : appeals) sum += sigmoid(mid + a[0]);
            if (appeals.isEmpty() || sum / appeals.size() > rate) hi = mid;
            else lo = mid;
        }
        return (lo + hi) / 2;
    }
}
