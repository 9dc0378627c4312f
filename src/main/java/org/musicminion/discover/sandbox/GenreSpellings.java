package org.musicminion.discover.sandbox;

import java.util.Map;
import java.util.SplittableRandom;

/**
 * SoundCloud's genre is free text: each uploader has a habit ("DnB", "Drum and Bass", "drum & bass"), sometimes
 * breaks it, and some leave it empty. The canonical genre stays in {@link Catalogue.Truth#genre()}.
 */
final class GenreSpellings {
    static final double EMPTY_SHARE = 0.08;
    static final double HABIT_SHARE = 0.8;
    private static final Map<String, String[]> SPELLINGS = Map.ofEntries(
            Map.entry("House", new String[] {"House", "house", "HOUSE", "House Music"}),
            Map.entry("Techno", new String[] {"Techno", "techno", "TECHNO", "Techno "}),
            Map.entry("Ambient", new String[] {"Ambient", "ambient", "Ambient/Drone"}),
            Map.entry("Drum & Bass", new String[] {"Drum & Bass", "DnB", "Drum and Bass", "drum & bass", "dnb", "D&B", "Drum n Bass"}),
            Map.entry("Hip-hop & Rap", new String[] {"Hip-hop & Rap", "Hip Hop", "hiphop", "Rap", "Hip-Hop"}),
            Map.entry("Electronic", new String[] {"Electronic", "electronic", "Electronica"}),
            Map.entry("Deep House", new String[] {"Deep House", "deep house", "Deep-House", "deephouse"}),
            Map.entry("Disco", new String[] {"Disco", "disco", "DISCO"}),
            Map.entry("Dubstep", new String[] {"Dubstep", "dubstep", "Dub-step"}),
            Map.entry("Jazz & Blues", new String[] {"Jazz & Blues", "Jazz", "jazz", "Blues"}),
            Map.entry("Indie", new String[] {"Indie", "indie", "Indie Rock"}),
            Map.entry("Experimental", new String[] {"Experimental", "experimental", "Exp."}));

    private GenreSpellings() {}

    /** How uploader {@code uploaderId} writes {@code canonical} on one track. */
    static String spell(SplittableRandom rnd, long seed, long uploaderId, String canonical) {
        String[] s = SPELLINGS.get(canonical);
        double u = rnd.nextDouble();
        int any = rnd.nextInt(s == null ? 1 : s.length);
        if (s == null) return canonical;
        if (u < EMPTY_SHARE) return "";
        if (u < EMPTY_SHARE + HABIT_SHARE) return s[(int) Math.floorMod(Draws.mix(seed * 31 + uploaderId * 131 + canonical.hashCode()), (long) s.length)];
        return s[any];
    }
}
