package org.musicminion.discover.sandbox;

import java.util.Locale;
import java.util.SplittableRandom;

/** The seeded random choices a {@link Catalogue} is built from: names, genres, durations, skewed picks. */
final class CatalogueRandom {
    private static final String[] ADJ = {"midnight", "golden", "velvet", "hollow", "electric", "silent", "broken", "neon",
            "distant", "lunar", "crystal", "faded", "wild", "paper", "amber", "deep", "frozen", "restless", "secret", "violet"};
    private static final String[] NOUN = {"echo", "river", "signal", "garden", "machine", "tide", "mirror", "horizon",
            "pulse", "shadow", "harbor", "circuit", "meadow", "engine", "orbit", "lantern", "canyon", "fever", "drift", "bloom"};
    static final String[] GENRES = {"House", "Techno", "Ambient", "Drum & Bass", "Hip-hop & Rap", "Electronic",
            "Deep House", "Disco", "Dubstep", "Jazz & Blues", "Indie", "Experimental"};

    private CatalogueRandom() {}

    static String adjective(SplittableRandom rnd) {
        return ADJ[rnd.nextInt(ADJ.length)];
    }

    static String noun(SplittableRandom rnd) {
        return NOUN[rnd.nextInt(NOUN.length)];
    }

    static String genre(SplittableRandom rnd) {
        return GENRES[rnd.nextInt(GENRES.length)];
    }

    static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String slug(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /** 10 % short (< 120 s), 10 % mixes (> 600 s), the rest in between; milliseconds. */
    static long duration(SplittableRandom rnd) {
        int kind = rnd.nextInt(10);
        long seconds = kind == 0 ? 30 + rnd.nextInt(89) : kind == 1 ? 601 + rnd.nextInt(6600) : 120 + rnd.nextInt(481);
        return seconds * 1000 + rnd.nextInt(1000);
    }

    /** {@code n} distinct live track indices, popular ones more likely; {@code taken} is scratch space. */
    static int[] distinctSkewed(SplittableRandom rnd, int[] live, int n, boolean[] taken) {
        int[] out = new int[n];
        for (int k = 0; k < n; k++) {
            double x = rnd.nextDouble();
            int r = (int) (live.length * x * x);
            while (taken[r]) r = (r + 1) % live.length;
            taken[r] = true;
            out[k] = r;
        }
        for (int k = 0; k < n; k++) {
            taken[out[k]] = false;
            out[k] = live[out[k]];
        }
        return out;
    }
}
