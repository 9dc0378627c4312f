package org.musicminion.discover.ranking;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * SoundCloud's genre is free text ("DnB", "Drum and Bass", "drum & bass", "Hip-Hop"): one key per genre however it
 * is spelled. Accents, case, punctuation and spacing go; {@code &}, {@code +} and a lone {@code n} mean "and"; a few
 * common abbreviations are spelled out. Unknown spellings stay themselves (their words joined), so nothing is lost.
 */
public final class Genres {
    private static final Map<String, String> ABBREVIATIONS = Map.of(
            "dnb", "drumandbass", "dandb", "drumandbass", "drumbass", "drumandbass",
            "rnb", "randb", "rb", "randb", "hiphop", "hiphop", "hiphopandrap", "hiphop", "rap", "hiphop",
            "edm", "electronic", "electronica", "electronic");

    private Genres() {}

    /** The genre's key ({@code "drumandbass"} for every spelling of drum and bass); null when blank. */
    public static String key(String genre) {
        if (genre == null) return null;
        String s = Normalizer.normalize(genre, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        s = s.replace("&", " and ").replace("+", " and ").replaceAll("[^\\p{Alnum}]+", " ").strip();
        if (s.isEmpty()) return null;
        s = (" " + s + " ").replace(" n ", " and ").replaceAll("\\s+", "");
        return ABBREVIATIONS.getOrDefault(s, s);
    }
}
