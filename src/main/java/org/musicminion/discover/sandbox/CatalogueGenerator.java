package org.musicminion.discover.sandbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.musicminion.discover.sandbox.Catalogue.Track;
import org.musicminion.discover.sandbox.Catalogue.User;

/**
 * Draws a {@link Catalogue}'s contents from its {@link CatalogueSpec}, always in the same order of
 * random draws, so the same spec (seed) always gives the same users, tracks, deletions, artist lists,
 * user likes and judgment playlists.
 */
final class CatalogueGenerator {
    private static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");

    private static final long DAY_MS = 86_400_000L;

    /**
     * What a catalogue starts with; {@code playlists}: the tracks of Not interested, Not quite, Discovery;
     * {@code feed}: the stream's items at the start.
     */
    record Parts(User me, User[] artists, User[] uploaders, Track[] tracks, AppendList[] reposts, AppendList[] likes,
                 AppendList userLikes, int[][] playlists, FeedLog feed, Shape shape) {}

    /** The hidden side of a {@link World}: every track's truth, every artist's role, the rings' promo tracks. */
    record Shape(World world, Catalogue.Truth[] truth, Catalogue.ArtistRole[] roles, int[] ringOf, int[][] ringTracks,
                 int[] curatorPool, int[] live) {}

    private CatalogueGenerator() {}

    static Parts generate(CatalogueSpec spec, FeedSpec feedSpec, World world, Instant start) {
        SplittableRandom rnd = new SplittableRandom(spec.seed());
        User me = user(Catalogue.ME_ID, "Sandbox Listener", "sandbox-listener");
        User[] artists = new User[spec.artists()];
        for (int a = 0; a < artists.length; a++) {
            String name = CatalogueRandom.cap(CatalogueRandom.adjective(rnd)) + " " + CatalogueRandom.cap(CatalogueRandom.noun(rnd)) + " " + (a + 1);
            artists[a] = user(Catalogue.ARTIST_BASE + a, name, CatalogueRandom.slug(name));
        }
        User[] uploaders = new User[Math.max(5, spec.pool() / 25)];
        for (int u = 0; u < uploaders.length; u++) {
            String name = "DJ " + CatalogueRandom.cap(CatalogueRandom.noun(rnd)) + " " + (u + 1);
            uploaders[u] = user(Catalogue.UPLOADER_BASE + u, name, CatalogueRandom.slug(name));
        }

        int pool = spec.pool();
        boolean[] deleted = new boolean[pool];
        int deletedCount = (int) Math.round(pool * spec.deletedShare());
        for (int n = 0; n < deletedCount; ) {
            int i = rnd.nextInt(pool);
            if (!deleted[i]) { deleted[i] = true; n++; }
        }
        Track[] tracks = new Track[pool];
        for (int i = 0; i < pool; i++) {
            String adj = CatalogueRandom.adjective(rnd);
            String noun = CatalogueRandom.noun(rnd);
            String title = CatalogueRandom.cap(adj) + " " + CatalogueRandom.cap(noun);
            User up = uploaders[rnd.nextInt(uploaders.length)];
            String permalink = adj + "-" + noun + "-" + (i + 1);
            long id = Catalogue.TRACK_BASE + i;
            tracks[i] = new Track(id, "soundcloud:tracks:" + id, title, permalink, Catalogue.WEB + up.permalink() + "/" + permalink,
                    CatalogueRandom.duration(rnd), EPOCH.minusSeconds(rnd.nextLong(730L * 86400)), CatalogueRandom.genre(rnd), up, deleted[i]);
        }
        // popularity: a skewed draw over a seeded permutation of the live tracks
        int[] live = new int[pool - deletedCount];
        for (int i = 0, n = 0; i < pool; i++) if (!deleted[i]) live[n++] = i;
        for (int i = live.length - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = live[i]; live[i] = live[j]; live[j] = t;
        }
        int[][] repostLists = new int[artists.length][];
        AppendList[] likes = new AppendList[artists.length];
        boolean[] taken = new boolean[live.length];
        for (int a = 0; a < artists.length; a++) {
            repostLists[a] = CatalogueRandom.distinctSkewed(rnd, live, spec.perArtist(), taken);
            likes[a] = new AppendList(CatalogueRandom.distinctSkewed(rnd, live, spec.perArtist(), taken));
        }
        int[] judged = CatalogueRandom.distinctSkewed(rnd, live, spec.userLikes() + 6, taken);
        WorldShaper shaper = new WorldShaper(world, spec.seed());
        shaper.shapeLists(tracks, uploaders, live, repostLists);
        AppendList[] reposts = new AppendList[artists.length];
        for (int a = 0; a < artists.length; a++) reposts[a] = new AppendList(repostLists[a]);
        AppendList userLikes = new AppendList(Arrays.copyOfRange(judged, 0, spec.userLikes()));
        int u = spec.userLikes();
        int[][] playlists = {Arrays.copyOfRange(judged, u, u + 3), Arrays.copyOfRange(judged, u + 3, u + 6), new int[0]};
        // the stream: drawn last, from its own random sequence, so the draws above stay what they were
        SplittableRandom feedRnd = new SplittableRandom(spec.seed() ^ 0x5F3EDL);
        Track[] all = Arrays.copyOf(tracks, pool + artists.length * feedSpec.uploadsPerArtist());
        List<FeedLog.Event> events = new ArrayList<>();
        long seq = 0;
        long startMs = start.toEpochMilli();
        for (int a = 0; a < artists.length; a++) {
            for (int k = 0; k < feedSpec.uploadsPerArtist(); k++) {
                int i = pool + a * feedSpec.uploadsPerArtist() + k;
                long at = startMs - 60_000L * (1 + feedRnd.nextLong(60L * 24 * 60));
                String adj = CatalogueRandom.adjective(feedRnd);
                String noun = CatalogueRandom.noun(feedRnd);
                String permalink = adj + "-" + noun + "-" + (i + 1);
                long id = Catalogue.TRACK_BASE + i;
                all[i] = new Track(id, "soundcloud:tracks:" + id, CatalogueRandom.cap(adj) + " " + CatalogueRandom.cap(noun), permalink,
                        Catalogue.WEB + artists[a].permalink() + "/" + permalink, CatalogueRandom.duration(feedRnd),
                        Instant.ofEpochMilli(at - at % 1000), CatalogueRandom.genre(feedRnd), artists[a], false);
                if (feedSpec.carries(spec.seed(), a, i, false)) events.add(new FeedLog.Event(at - at % 1000, seq++, i, a, false));
            }
            // the artist's reposts, newest first, one every `gap` (6 h to 7 days, per artist) back from the start
            long gap = 6 * 3_600_000L + feedRnd.nextLong(7 * DAY_MS - 6 * 3_600_000L);
            long at = startMs - feedRnd.nextLong(gap);
            for (int t : reposts[a].newestFirst()) {
                long second = at - Math.floorMod(at, 1000);
                if (feedSpec.carries(spec.seed(), a, t, true)) events.add(new FeedLog.Event(second, seq++, t, a, true));
                at -= gap;
            }
        }
        Catalogue.Truth[] truth = shaper.restyle(all);
        Shape shape = new Shape(world, truth, shaper.roles(), shaper.ringOf(), shaper.ringTracks(), shaper.curatorPool(), live);
        return new Parts(me, artists, uploaders, all, reposts, likes, userLikes, playlists, new FeedLog(events), shape);
    }

    private static User user(long id, String name, String permalink) {
        return new User(id, "soundcloud:users:" + id, name, permalink, Catalogue.WEB + permalink);
    }
}
