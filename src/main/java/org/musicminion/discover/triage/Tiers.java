package org.musicminion.discover.triage;

/**
 * The artist tiers Music Minion seeds its discovery artists with ({@code export artist-tiers}), from the smoothed
 * keep rate {@code k} (Beta prior toward the listener's overall keep rate {@code p},
 * {@link org.musicminion.discover.ranking.Smoothing}) and the number of verdicts {@code n} it rests on. The thresholds
 * are relative to {@code p}, so they mean the same for a listener who keeps 10 % as for one who keeps 50 %:
 * <pre>
 *   S   n &gt;= 10 and k &gt;= 1.5 p
 *   A   n &gt;=  5 and k &gt;= 1.2 p
 *   B   k &gt;= 0.9 p        (about average)
 *   C   k &gt;= 0.6 p
 *   D   below             (kept well below average; see also triage.Noise)
 *   ""  no verdicts yet (unrated)
 * </pre>
 * The quality score is {@code 100 · k · n / (n + 10)}: the keep rate weighted by how much evidence stands behind it,
 * so 60 % on 40 verdicts (48) outranks 60 % on 2 (10). {@code in_top_200} marks the 200 rated artists with the best
 * quality score.
 */
public final class Tiers {
    public static final int TOP = 200;
    static final double EVIDENCE_VERDICTS = 10;

    private Tiers() {}

    /** The tier letter of smoothed keep rate {@code keepRate} on {@code verdicts}, or "" when unrated. */
    public static String tier(double keepRate, int verdicts, double overallKeepRate) {
        if (verdicts == 0) return "";
        double r = keepRate / Math.max(overallKeepRate, 1e-9);
        if (verdicts >= 10 && r >= 1.5) return "S";
        if (verdicts >= 5 && r >= 1.2) return "A";
        if (r >= 0.9) return "B";
        if (r >= 0.6) return "C";
        return "D";
    }

    /** The quality score, 0–100 (0 when unrated). */
    public static double qualityScore(double keepRate, int verdicts) {
        return 100 * keepRate * verdicts / (verdicts + EVIDENCE_VERDICTS);
    }

    /** Music Minion's order of tiers: S, A, B, C, D, then unrated. */
    public static int priority(String tier) {
        int i = "SABCD".indexOf(tier);
        return tier.isEmpty() || i < 0 ? 6 : i + 1;
    }
}
