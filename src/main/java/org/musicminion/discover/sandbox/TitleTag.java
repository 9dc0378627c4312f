package org.musicminion.discover.sandbox;

/**
 * What a track's title says it is, as the world knows it: the original, or a remix, edit, VIP, bootleg, radio edit
 * or live recording. The API shows only the title ("Amber Tide (Velvet Remix)", "Amber Tide - Radio Edit"); the tag
 * itself is hidden truth a listener's taste may read.
 */
public enum TitleTag { ORIGINAL, REMIX, EDIT, VIP, BOOTLEG, RADIO_EDIT, LIVE }
