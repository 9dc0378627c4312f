package org.musicminion.discover.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A catalogue's days going by: each followed artist reposts a Poisson number of tracks a day (an ordinary one any
 * live track, a curator one of the best quarter), and each repost ring pushes its next promo uploads, every member
 * reposting each with a high chance. Seeded: twin catalogues fed the same days stay twins, whatever a client shows
 * its listener.
 */
public final class WorldDays {
    private final Catalogue catalogue;
    private final SplittableRandom rnd;
    private final double meanPerArtist;
    private final List<String> live = new ArrayList<>();
    private final int[] ringCursor;

    /** @param meanPerArtist the mean number of new reposts per followed artist a day */
    public WorldDays(Catalogue catalogue, long seed, double meanPerArtist) {
        if (!(meanPerArtist >= 0)) throw new IllegalArgumentException("mean reposts per artist must be >= 0");
        this.catalogue = catalogue;
        this.rnd = new SplittableRandom(seed);
        this.meanPerArtist = meanPerArtist;
        for (Catalogue.Track t : catalogue.tracks()) if (!t.deleted()) live.add(t.urn());
        ringCursor = new int[catalogue.shape().ringTracks().length];
        java.util.Arrays.fill(ringCursor, catalogue.world().ringTracks());
    }

    /** One day's new reposts, stamped with the catalogue's clock. */
    public void next() {
        int[] curatorPool = catalogue.shape().curatorPool();
        for (Catalogue.User a : catalogue.followings()) {
            boolean curator = catalogue.role(a.urn()) == Catalogue.ArtistRole.CURATOR && curatorPool.length > 0;
            int n = poisson(meanPerArtist);
            for (int k = 0, tries = 0; k < n && tries < 1000; tries++) {
                String urn = curator ? catalogue.trackAt(curatorPool[rnd.nextInt(curatorPool.length)]).urn() : live.get(rnd.nextInt(live.size()));
                if (catalogue.addRepost(a.urn(), urn)) k++;
            }
        }
        int[][] rings = catalogue.shape().ringTracks();
        for (int g = 0; g < rings.length; g++) {
            for (int k = 0; k < catalogue.world().ringPushesPerDay() && ringCursor[g] < rings[g].length; k++) {
                String urn = catalogue.trackAt(rings[g][ringCursor[g]++]).urn();
                for (Catalogue.User a : catalogue.followings()) {
                    if (catalogue.ring(a.urn()) == g && rnd.nextDouble() < WorldShaper.RING_REPOST_CHANCE) catalogue.addRepost(a.urn(), urn);
                }
            }
        }
    }

    private int poisson(double mean) {
        double l = Math.exp(-mean);
        int k = 0;
        double p = rnd.nextDouble();
        while (p > l) {
            k++;
            p *= rnd.nextDouble();
        }
        return k;
    }
}
