package org.musicminion.discover.sandbox.zoo;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

import org.musicminion.discover.sandbox.Catalogue;
import org.musicminion.discover.sandbox.Draws;
import org.musicminion.discover.sandbox.TitleTag;

/**
 * Parts the zoo's tastes are built from, each drawn up front from the seed (so twin worlds give twin listeners):
 * affinities per canonical genre, per uploader and per title tag, a duration comfort window, per-track noise. They
 * read the hidden {@link Catalogue.Truth} (canonical genre, tag, quality), never the served strings.
 */
final class TasteParts {
    /** The share of what the followed artists surface that a listener keeps, before any ranking. */
    static final double BASE_RATE = 0.22;

    private TasteParts() {}

    /** An affinity per canonical genre, normal with {@code spread}. */
    static Map<String, Double> genres(SplittableRandom rnd, double spread) {
        Map<String, Double> out = new HashMap<>();
        for (String g : Catalogue.GENRES) out.put(g, rnd.nextGaussian() * spread);
        return out;
    }

    /** An affinity per uploader of the catalogue, normal with {@code spread}. */
    static Map<String, Double> uploaders(Catalogue catalogue, SplittableRandom rnd, double spread) {
        Map<String, Double> out = new HashMap<>();
        for (Catalogue.Track t : catalogue.tracks()) out.computeIfAbsent(t.user().urn(), u -> rnd.nextGaussian() * spread);
        return out;
    }

    /** Fixed affinities per title tag (the original 0). */
    static Map<TitleTag, Double> tags(double remix, double edit, double vip, double bootleg, double radioEdit, double live) {
        Map<TitleTag, Double> out = new EnumMap<>(TitleTag.class);
        out.put(TitleTag.ORIGINAL, 0.0);
        out.put(TitleTag.REMIX, remix);
        out.put(TitleTag.EDIT, edit);
        out.put(TitleTag.VIP, vip);
        out.put(TitleTag.BOOTLEG, bootleg);
        out.put(TitleTag.RADIO_EDIT, radioEdit);
        out.put(TitleTag.LIVE, live);
        return out;
    }

    /** Log-odds lost by a track shorter than 2:30 or longer than 7:30 (up to 1.5). */
    static double durationPenalty(Catalogue.Track t) {
        double s = t.durationMs() / 1000.0;
        if (s < 150) return Math.min(1.5, 0.5 + (150 - s) / 60);
        if (s > 450) return Math.min(1.5, 0.5 + (s - 450) / 120);
        return 0;
    }

    /** The listener's fixed idiosyncrasy about one track (standard normal). */
    static double noise(Draws draws, Catalogue.Track t) {
        return draws.gaussian(t.id(), 1);
    }
}
