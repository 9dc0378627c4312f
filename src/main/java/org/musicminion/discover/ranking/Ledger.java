package org.musicminion.discover.ranking;

import java.util.HashMap;
import java.util.Map;

import org.musicminion.discover.Judgment;

/**
 * The listener's verdicts counted per key (a reposter, an uploader, a genre, a title tag, a duration band, ...),
 * for the keep model's evidence. Three things make it a person's evidence rather than a tally:
 * <ul>
 * <li>{@code not_quite} is a near miss, not a plain no: it counts {@link #NEAR_MISS} of a keep;</li>
 * <li>taste drifts: a verdict weighs half as much every {@link #HALF_LIFE_DAYS} days before the time it is read at;</li>
 * <li>little evidence says little: a key's rate is shrunk toward the overall rate by {@link #PRIOR_WEIGHT} verdicts,
 * and read as its log-odds above or below that overall rate ({@link #deviation}). The prior is strong (32, was 8)
 * because the keep model weighs each kind of evidence afterwards: a reposter or genre that keeps proving itself
 * still rises, while a few lucky or unlucky verdicts no longer swing which tracks are shown next, and so which
 * are judged (on the listener zoo: curators 0.417 -> 0.431, drifter 0.479 -> 0.506; docs/performance.md).</li>
 * </ul>
 * Verdicts are added oldest first; reading at any time no earlier than the newest added is exact (weights are
 * kept on one time scale and rescaled at read time). Not thread-safe.
 */
final class Ledger {
    static final double NEAR_MISS = 0.3;
    static final double HALF_LIFE_DAYS = 60;
    static final double PRIOR_WEIGHT = 32;
    private static final double RATE_PER_MS = Math.log(2) / (HALF_LIFE_DAYS * 86_400_000.0);

    private final Map<String, double[]> counts = new HashMap<>(); // key → {kept, judged} at the origin's scale
    private final double[] all = new double[2];
    private long origin = Long.MIN_VALUE;

    /** The value of a judgment as evidence of keeping: 1, {@link #NEAR_MISS} or 0. */
    static double value(Judgment j) {
        return j == Judgment.LIKED ? 1 : j == Judgment.NOT_QUITE ? NEAR_MISS : 0;
    }

    /** Counts a verdict recorded at {@code at} for each of {@code keys}, and overall. */
    void add(Iterable<String> keys, Judgment j, long at) {
        if (origin == Long.MIN_VALUE) origin = at;
        double w = Math.exp(Math.min(600, (at - origin) * RATE_PER_MS));
        double v = value(j) * w;
        all[0] += v;
        all[1] += w;
        for (String k : keys) {
            double[] c = counts.computeIfAbsent(k, x -> new double[2]);
            c[0] += v;
            c[1] += w;
        }
    }

    private double scale(long at) {
        return origin == Long.MIN_VALUE ? 1 : Math.exp(-Math.min(600, (at - origin) * RATE_PER_MS));
    }

    /** The overall (soft) keep rate at {@code at}; {@link Smoothing#NO_VERDICTS_RATE} before any verdict. */
    double prior() {
        return all[1] <= 0 ? Smoothing.NO_VERDICTS_RATE : Math.min(0.99, Math.max(0.01, all[0] / all[1]));
    }

    /** The weighted verdicts behind {@code key} as read at {@code at}. */
    double weight(String key, long at) {
        double[] c = counts.get(key);
        return c == null ? 0 : c[1] * scale(at);
    }

    /** The key's shrunk keep rate as log-odds above (positive) or below the overall rate, read at {@code at}. */
    double deviation(String key, long at) {
        double[] c = counts.get(key);
        if (c == null) return 0;
        double s = scale(at);
        double p = prior();
        double rate = (c[0] * s + PRIOR_WEIGHT * p) / (c[1] * s + PRIOR_WEIGHT);
        return logit(rate) - logit(p);
    }

    static double logit(double p) {
        double q = Math.min(0.999, Math.max(0.001, p));
        return Math.log(q / (1 - q));
    }
}
