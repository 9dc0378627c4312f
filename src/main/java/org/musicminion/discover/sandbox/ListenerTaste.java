package org.musicminion.discover.sandbox;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A simulated listener's hidden taste, drawn from a seed: an affinity per genre, a liking for some followed
 * artists' picks over others', a milder one per uploader, a comfortable duration window (very short and very
 * long tracks lose), and a fixed per-track idiosyncrasy (noise the product cannot explain). The chance of
 * keeping a track is the logistic of their sum plus a base, calibrated at creation so that the tracks the
 * followed artists surface are kept about {@code baseRate} of the time. Only the sandbox sees this; the
 * product learns it through verdicts alone.
 */
public final class ListenerTaste {
    /** Spreads (standard deviations, in log-odds) of the taste's parts. */
    static final double GENRE_SPREAD = 0.8;
    static final double ARTIST_SPREAD = 1.0;
    static final double UPLOADER_SPREAD = 0.5;
    static final double TRACK_NOISE = 0.8;

    private final long seed;
    private final Map<String, Double> genre = new HashMap<>();
    private final Map<String, Double> artist = new HashMap<>();
    private final Map<String, Double> uploader = new HashMap<>();
    private final double shortestLikedS;
    private final double longestLikedS;
    private final double base;

    /**
     * Draws a taste for the listener of {@code catalogue}, calibrated to keep about {@code baseRate} of what
     * the followed artists currently repost or like.
     */
    public ListenerTaste(Catalogue catalogue, long seed, double baseRate) {
        if (!(baseRate > 0 && baseRate < 1)) throw new IllegalArgumentException("base rate must be in (0, 1)");
        this.seed = seed;
        SplittableRandom rnd = new SplittableRandom(seed);
        for (String g : CatalogueRandom.GENRES) genre.put(g, rnd.nextGaussian() * GENRE_SPREAD);
        for (Catalogue.User a : catalogue.followings()) artist.put(a.urn(), rnd.nextGaussian() * ARTIST_SPREAD);
        for (Catalogue.Track t : catalogue.tracks()) uploader.computeIfAbsent(t.user().urn(), u -> rnd.nextGaussian() * UPLOADER_SPREAD);
        shortestLikedS = 140 + rnd.nextInt(60);
        longestLikedS = 330 + rnd.nextInt(150);
        Map<String, Set<String>> pickers = catalogue.pickersByTrack();
        double lo = -8;
        double hi = 8;
        for (int i = 0; i < 50; i++) { // bisection on the base: mean keep chance over the surfaced live tracks
            double mid = (lo + hi) / 2;
            double sum = 0;
            int n = 0;
            for (Map.Entry<String, Set<String>> e : pickers.entrySet()) {
                Catalogue.Track t = catalogue.track(e.getKey()).orElseThrow();
                if (t.deleted()) continue;
                sum += sigmoid(mid + appeal(t, List.copyOf(e.getValue())));
                n++;
            }
            if (n == 0 || sum / n > baseRate) hi = mid;
            else lo = mid;
        }
        base = (lo + hi) / 2;
    }

    /** The chance the listener keeps {@code t}, surfaced by the followed artists {@code pickers}. */
    public double keepChance(Catalogue.Track t, List<String> pickers) {
        return sigmoid(base + appeal(t, pickers));
    }

    private double appeal(Catalogue.Track t, List<String> pickers) {
        double a = genre.getOrDefault(t.genre(), 0.0) + uploader.getOrDefault(t.user().urn(), 0.0);
        if (!pickers.isEmpty()) {
            double sum = 0;
            for (String p : pickers) sum += artist.getOrDefault(p, 0.0);
            a += sum / pickers.size();
        }
        double s = t.durationMs() / 1000.0;
        if (s < shortestLikedS) a -= Math.min(2.0, 0.6 + (shortestLikedS - s) / 60);
        if (s > longestLikedS) a -= Math.min(2.0, 0.6 + (s - longestLikedS) / 120);
        return a + TRACK_NOISE * gaussian(t.id(), 1);
    }

    /** A uniform draw in [0, 1) fixed by the seed, the track and {@code salt}. */
    double uniform(long trackId, long salt) {
        return (mix(seed ^ mix(trackId * 31 + salt)) >>> 11) * 0x1.0p-53;
    }

    private double gaussian(long trackId, long salt) {
        double u1 = Math.max(1e-12, uniform(trackId, salt * 2 + 100));
        double u2 = uniform(trackId, salt * 2 + 101);
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    private static long mix(long z) { // SplitMix64's finaliser
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
