package org.musicminion.discover.ranking;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tags of a title, the words the keep model learns from as your own evidence: every word inside brackets or
 * parentheses ("(Radio Edit)", "[VIP]") and, anywhere, the words that mark a version or a format (remix, edit, VIP,
 * bootleg, flip, rework, live, mix, dub, extended, instrumental, acoustic, cover, mashup, free download, premiere).
 * The rest of a title (its name) says nothing about a listener beyond the track itself, so it is left out.
 */
public final class TitleTags {
    private static final Pattern BRACKETED = Pattern.compile("[(\\[]([^)\\]]*)[)\\]]");
    private static final Pattern WORD = Pattern.compile("\\p{Alnum}+");
    private static final Set<String> VERSION_WORDS = Set.of("remix", "edit", "vip", "bootleg", "flip", "rework", "live", "mix",
            "mixed", "set", "dub", "extended", "instrumental", "acoustic", "cover", "mashup", "free", "premiere", "radio",
            "original", "podcast", "episode", "refix", "remaster", "remastered", "demo", "intro", "version");

    /** Tags that mark a mix or a set, and a reworked version. */
    static final Set<String> MIX = Set.of("mix", "mixed", "set", "live", "podcast", "episode", "radio");
    static final Set<String> REMIX = Set.of("remix", "edit", "bootleg", "rework", "flip", "vip", "refix");

    private TitleTags() {}

    /** The title's tags, lower case, in order of appearance; empty for a null title. */
    public static Set<String> of(String title) {
        Set<String> out = new LinkedHashSet<>();
        if (title == null) return out;
        String t = title.toLowerCase(Locale.ROOT);
        Matcher b = BRACKETED.matcher(t);
        while (b.find()) {
            Matcher w = WORD.matcher(b.group(1));
            while (w.find()) if (w.group().length() > 1) out.add(w.group());
        }
        Matcher w = WORD.matcher(t);
        while (w.find()) if (VERSION_WORDS.contains(w.group())) out.add(w.group());
        return out;
    }
}
