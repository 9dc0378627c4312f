package org.musicminion.discover.sandbox;

/**
 * How much of real SoundCloud's mess a catalogue carries beyond the plain one. Every part shows through the API only
 * as SoundCloud would show it (titles, free-text genres, uploaders, who reposted what); the truth behind it (a track's
 * quality, its canonical genre and tag, who is a curator or in a ring) stays in {@link Catalogue#truth} and
 * {@link Catalogue#role}.
 *
 * @param tagShare         share of tracks whose title carries a tag (remix, edit, VIP, bootleg, radio edit, live)
 * @param genreSpellings   free-text genres spelled many ways ("DnB", "Drum and Bass", "drum & bass"; each uploader
 *                         has a habit), some left empty
 * @param curatorShare     share of the followed artists who repost only tracks of high hidden quality
 * @param rings            repost networks: groups of followed artists who all repost the same weak promo uploads
 * @param ringSize         followed artists per ring
 * @param ringTracks       promo tracks each ring has pushed at the start
 * @param ringPushesPerDay new promo tracks each ring pushes a day ({@link WorldDays})
 */
public record World(double tagShare, boolean genreSpellings, double curatorShare, int rings, int ringSize, int ringTracks,
                    int ringPushesPerDay) {
    /** The catalogue as it was before the zoo: clean titles and genres, no curators, no rings. */
    public static final World PLAIN = new World(0, false, 0, 0, 0, 0, 0);
    /** A bit of everything: a third of the titles tagged, genres spelled many ways, 1 in 5 artists a curator, two rings of six. */
    public static final World SOUNDCLOUD = new World(0.35, true, 0.2, 2, 6, 30, 2);

    public World {
        if (!(tagShare >= 0 && tagShare <= 1)) throw new IllegalArgumentException("tag share must be in [0, 1]");
        if (!(curatorShare >= 0 && curatorShare <= 1)) throw new IllegalArgumentException("curator share must be in [0, 1]");
        if (rings < 0 || ringSize < 0 || ringTracks < 0 || ringPushesPerDay < 0) throw new IllegalArgumentException("ring sizes must be >= 0");
        if (rings > 0 && ringSize < 2) throw new IllegalArgumentException("a ring needs at least 2 artists");
    }

    public World withRings(int n, int size, int tracks, int perDay) {
        return new World(tagShare, genreSpellings, curatorShare, n, size, tracks, perDay);
    }

    public World withCuratorShare(double share) {
        return new World(tagShare, genreSpellings, share, rings, ringSize, ringTracks, ringPushesPerDay);
    }
}
