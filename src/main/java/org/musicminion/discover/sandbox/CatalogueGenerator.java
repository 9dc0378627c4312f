package org.musicminion.discover.sandbox;

import java.time.Instant;
import java.util.Arrays;
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

    /** What a catalogue starts with; {@code playlists}: the tracks of Not interested, Not quite, Discovery. */
    record Parts(User me, User[] artists, User[] uploaders, Track[] tracks, AppendList[] reposts, AppendList[] likes,
                 AppendList userLikes, int[][] playlists) {}

    private CatalogueGenerator() {}

    static Parts generate(CatalogueSpec spec) {
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
        AppendList[] reposts = new AppendList[artists.length];
        AppendList[] likes = new AppendList[artists.length];
        boolean[] taken = new boolean[live.length];
        for (int a = 0; a < artists.length; a++) {
            reposts[a] = new AppendList(CatalogueRandom.distinctSkewed(rnd, live, spec.perArtist(), taken));
            likes[a] = new AppendList(CatalogueRandom.distinctSkewed(rnd, live, spec.perArtist(), taken));
        }
        int[] judged = CatalogueRandom.distinctSkewed(rnd, live, spec.userLikes() + 6, taken);
        AppendList userLikes = new AppendList(Arrays.copyOfRange(judged, 0, spec.userLikes()));
        int u = spec.userLikes();
        int[][] playlists = {Arrays.copyOfRange(judged, u, u + 3), Arrays.copyOfRange(judged, u + 3, u + 6), new int[0]};
        return new Parts(me, artists, uploaders, tracks, reposts, likes, userLikes, playlists);
    }

    private static User user(long id, String name, String permalink) {
        return new User(id, "soundcloud:users:" + id, name, permalink, Catalogue.WEB + permalink);
    }
}
