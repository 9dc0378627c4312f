package org.musicminion.discover.sandbox;

/**
 * What {@link Catalogue#generate} builds: {@code artists} followed artists each reposting and liking
 * {@code perArtist} tracks (each list) from a pool of {@code pool} tracks, of which {@code deletedShare}
 * are deleted (404 on /resolve, in no list); the user likes {@code userLikes} tracks. Same spec, same catalogue.
 */
public record CatalogueSpec(int artists, int perArtist, int pool, long seed, double deletedShare, int userLikes) {
    public CatalogueSpec {
        if (artists < 1) throw new IllegalArgumentException("artists must be >= 1");
        if (perArtist < 0) throw new IllegalArgumentException("per-artist must be >= 0");
        if (pool < 10) throw new IllegalArgumentException("pool must be >= 10");
        if (!(deletedShare >= 0 && deletedShare < 0.5)) throw new IllegalArgumentException("deleted share must be in [0, 0.5)");
        if (userLikes < 0) throw new IllegalArgumentException("user likes must be >= 0");
        int live = pool - (int) Math.round(pool * deletedShare);
        if (perArtist > live) throw new IllegalArgumentException("per-artist (" + perArtist + ") must not exceed the live pool (" + live + ")");
        if (userLikes + 6 > live) throw new IllegalArgumentException("user likes must leave room in the pool");
    }
}
