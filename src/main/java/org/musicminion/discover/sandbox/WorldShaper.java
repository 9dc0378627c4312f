package org.musicminion.discover.sandbox;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.musicminion.discover.sandbox.Catalogue.Track;
import org.musicminion.discover.sandbox.Catalogue.User;

/**
 * Gives a generated catalogue its {@link World}: draws every track's hidden quality, makes some followed artists
 * curators (their reposts come from the best quarter) and others members of repost rings (all of a ring repost the
 * same weak promo uploads), then tags titles and respells genres. Uses its own random sequence, so a plain world's
 * catalogue is the one {@link CatalogueGenerator} always drew.
 */
final class WorldShaper {
    static final double RING_REPOST_CHANCE = 0.85;
    private static final double CURATOR_QUALITY = 0.674; // the top quarter of a standard normal
    private static final int RESERVE_DAYS = 90;

    private final World world;
    private final SplittableRandom rnd;
    private final long seed;
    private double[] quality;
    private Catalogue.ArtistRole[] roles;
    private int[] ringOf;
    private int[][] ringTracks;
    private int[] curatorPool;

    WorldShaper(World world, long seed) {
        this.world = world;
        this.seed = seed;
        this.rnd = new SplittableRandom(seed ^ 0x3C0FFEEL);
    }

    /** Hidden quality, curators' and rings' reposts; {@code reposts} (oldest first) and {@code tracks} change in place. */
    void shapeLists(Track[] tracks, User[] uploaders, int[] live, int[][] reposts) {
        int artists = reposts.length;
        quality = new double[tracks.length];
        for (int i = 0; i < tracks.length; i++) quality[i] = rnd.nextGaussian();
        roles = new Catalogue.ArtistRole[artists];
        Arrays.fill(roles, Catalogue.ArtistRole.ORDINARY);
        ringOf = new int[artists];
        Arrays.fill(ringOf, -1);
        int[] order = shuffled(artists);
        int next = 0;
        int curators = (int) Math.round(artists * world.curatorShare());
        for (; next < curators; next++) roles[order[next]] = Catalogue.ArtistRole.CURATOR;
        // rings: promo uploads from the unpopular end of the pool, none of them in anyone's lists yet
        Set<Integer> listed = new HashSet<>();
        for (int[] r : reposts) for (int t : r) listed.add(t);
        int rings = world.ringSize() == 0 ? 0 : Math.min(world.rings(), (artists - next) / world.ringSize());
        ringTracks = new int[rings][];
        int cursor = live.length - 1;
        for (int g = 0; g < rings; g++) {
            User[] promo = {uploaders[rnd.nextInt(uploaders.length)], uploaders[rnd.nextInt(uploaders.length)]};
            List<Integer> mine = new ArrayList<>();
            int want = world.ringTracks() + world.ringPushesPerDay() * RESERVE_DAYS;
            for (; cursor >= 0 && mine.size() < want; cursor--) {
                int t = live[cursor];
                if (listed.contains(t)) continue;
                mine.add(t);
                quality[t] = -1.5 + 0.5 * rnd.nextGaussian();
                tracks[t] = withUploader(tracks[t], promo[rnd.nextInt(promo.length)]);
            }
            ringTracks[g] = mine.stream().mapToInt(Integer::intValue).toArray();
            for (int k = 0; k < world.ringSize(); k++, next++) {
                int a = order[next];
                roles[a] = Catalogue.ArtistRole.RING;
                ringOf[a] = g;
                List<Integer> list = new ArrayList<>();
                for (int t : reposts[a]) list.add(t);
                for (int j = 0; j < Math.min(world.ringTracks(), ringTracks[g].length); j++) {
                    if (rnd.nextDouble() < RING_REPOST_CHANCE) list.add(rnd.nextInt(list.size() + 1), ringTracks[g][j]);
                }
                reposts[a] = list.stream().mapToInt(Integer::intValue).toArray();
            }
        }
        Set<Integer> promos = new HashSet<>();
        for (int[] g : ringTracks) for (int t : g) promos.add(t);
        curatorPool = Arrays.stream(live).filter(t -> quality[t] > CURATOR_QUALITY && !promos.contains(t)).toArray();
        boolean[] taken = new boolean[curatorPool.length];
        for (int a = 0; a < artists; a++) {
            if (roles[a] != Catalogue.ArtistRole.CURATOR || curatorPool.length == 0) continue;
            reposts[a] = CatalogueRandom.distinctSkewed(rnd, curatorPool, Math.min(reposts[a].length, curatorPool.length), taken);
        }
    }

    /** Tags titles and respells genres of every track (uploads included); returns the hidden truth of each. */
    Catalogue.Truth[] restyle(Track[] all) {
        Catalogue.Truth[] truth = new Catalogue.Truth[all.length];
        for (int i = 0; i < all.length; i++) {
            double q = i < quality.length ? quality[i] : rnd.nextGaussian();
            Track t = all[i];
            TitleTag tag = rnd.nextDouble() < world.tagShare() ? TitleTags.draw(rnd) : TitleTag.ORIGINAL;
            String genre = t.genre();
            if (world.genreSpellings()) genre = GenreSpellings.spell(rnd, seed, t.user().id(), t.genre());
            long duration = tag == TitleTag.RADIO_EDIT ? (150 + rnd.nextInt(70)) * 1000L + rnd.nextInt(1000) : t.durationMs();
            all[i] = new Track(t.id(), t.urn(), TitleTags.title(rnd, t.title(), tag), t.permalink(), t.permalinkUrl(), duration,
                    t.createdAt(), genre, t.user(), t.deleted());
            truth[i] = new Catalogue.Truth(t.genre(), tag, q);
        }
        return truth;
    }

    Catalogue.ArtistRole[] roles() {
        return roles;
    }

    int[] ringOf() {
        return ringOf;
    }

    int[][] ringTracks() {
        return ringTracks;
    }

    int[] curatorPool() {
        return curatorPool;
    }

    private int[] shuffled(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = i;
        for (int i = n - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int x = a[i]; a[i] = a[j]; a[j] = x;
        }
        return a;
    }

    private static Track withUploader(Track t, User u) {
        return new Track(t.id(), t.urn(), t.title(), t.permalink(), Catalogue.WEB + u.permalink() + "/" + t.permalink(), t.durationMs(),
                t.createdAt(), t.genre(), u, t.deleted());
    }
}
