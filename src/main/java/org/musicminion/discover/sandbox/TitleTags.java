package org.musicminion.discover.sandbox;

import java.util.SplittableRandom;

/** How tagged titles read on SoundCloud: the same tag written several ways ("(VIP)", "VIP", "(VIP Mix)"). */
final class TitleTags {
    private static final TitleTag[] TAGS = {TitleTag.REMIX, TitleTag.REMIX, TitleTag.REMIX, TitleTag.EDIT, TitleTag.VIP,
            TitleTag.BOOTLEG, TitleTag.BOOTLEG, TitleTag.RADIO_EDIT, TitleTag.LIVE, TitleTag.LIVE};

    private TitleTags() {}

    static TitleTag draw(SplittableRandom rnd) {
        return TAGS[rnd.nextInt(TAGS.length)];
    }

    static String title(SplittableRandom rnd, String title, TitleTag tag) {
        String who = CatalogueRandom.cap(CatalogueRandom.noun(rnd));
        int form = rnd.nextInt(3);
        return switch (tag) {
            case ORIGINAL -> title;
            case REMIX -> form == 0 ? title + " (" + who + " Remix)" : form == 1 ? title + " - " + who + " Remix" : title + " (" + who + " rmx)";
            case EDIT -> form == 0 ? title + " (Edit)" : title + " (" + who + " Edit)";
            case VIP -> form == 0 ? title + " (VIP)" : form == 1 ? title + " VIP" : title + " (VIP Mix)";
            case BOOTLEG -> form == 0 ? title + " (Bootleg)" : form == 1 ? title + " [" + who + " Bootleg]" : title + " (" + who + " bootleg)";
            case RADIO_EDIT -> form == 0 ? title + " (Radio Edit)" : title + " - Radio Edit";
            case LIVE -> form == 0 ? title + " (Live)" : form == 1 ? title + " - Live at " + who + " Hall" : title + " (Live Set)";
        };
    }
}
