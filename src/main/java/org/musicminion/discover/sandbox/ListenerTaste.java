package org.musicminion.discover.sandbox;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The first simulated listener's hidden taste (the zoo's "classic"), drawn from a seed: an affinity per genre, a
 * liking for some followed artists' picks over others', a milder one per uploader, a comfortable duration window
 * (very short and very long tracks lose), and a fixed per-track idiosyncrasy (noise the product cannot explain). The
 * chance of keeping a track is the logistic of their sum plus a base, calibrated at creation so that the tracks the
 * followed artists surface are kept about {@code baseRate} of the time. Built from exactly the quantities the
 * ranking's features measure, so it flatters a ranking that mirrors it; the zoo's other members do not.
 */
public final class ListenerTaste implements Taste {
    /** Spreads (standard deviations, in log-odds) of the taste's parts. */
    static final double GENRE_SPREAD = 0.8;
    static final double ARTIST_SPREAD = 1.0;
    static final double UPLOADER_SPREAD = 0.5;
    static final double TRACK_NOISE = 0.8;

    private final Draws draws;
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
        this.draws = new Draws(seed);
        SplittableRandom rnd = new SplittableRandom(seed);
        for (String g : CatalogueRandom.GENRES) genre.put(g, rnd.nextGaussian() * GENRE_SPREAD);
        for (Catalogue.User a : catalogue.followings()) artist.put(a.urn(), rnd.nextGaussian() * ARTIST_SPREAD);
        for (Catalogue.Track t : catalogue.tracks()) uploader.computeIfAbsent(t.user().urn(), u -> rnd.nextGaussian() * UPLOADER_SPREAD);
        shortestLikedS = 140 + rnd.nextInt(60);
        longestLikedS = 330 + rnd.nextInt(150);
        base = Taste.calibrate(catalogue, this::appeal, baseRate);
    }

    @Override
    public double keepChance(Catalogue.Track t, List<String> pickers, int day) {
        return Taste.sigmoid(base + appeal(t, pickers));
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
        return a + TRACK_NOISE * draws.gaussian(t.id(), 1);
    }
}
