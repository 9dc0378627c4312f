package org.musicminion.discover.sync;

import org.musicminion.discover.SourceKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.musicminion.discover.store.ArtistInfo;
import org.musicminion.discover.store.Database;
import org.musicminion.discover.store.IndexStore;
import org.musicminion.discover.store.TrackInfo;

/** The merge alone (no HTTP): 200 artists x (1000 reposts + 1000 likes) from a pool of 50 000, into an empty index, then again. */
public final class MergeBench {
    public static void main(String[] args) throws Exception {
        IndexStore.MergeInput in = input();
        Path dir = Files.createTempDirectory("merge-bench");
        try (Database db = Database.openIn(dir)) {
            for (int round = 1; round <= 2; round++) {
                long t0 = System.nanoTime();
                int r = round;
                IndexStore.MergeCounts c = db.write(conn -> IndexStore.merge(conn, in, 1_000_000L * r));
                System.out.printf("merge %d: %.2f s (tracks_new %d, reposts %d, likes %d)%n", round, (System.nanoTime() - t0) / 1e9,
                        c.tracksNew(), c.added(SourceKind.REPOST), c.added(SourceKind.LIKE));
            }
        }
    }

    /** The bench's index: 200 followed artists, each a list of 1000 reposts and one of 1000 likes from 50 000 tracks (seed 42). */
    static IndexStore.MergeInput input() {
        int artists = 200;
        int per = 1000;
        int pool = 50_000;
        Random rnd = new Random(42);
        Map<Long, TrackInfo> tracks = new HashMap<>();
        List<ArtistInfo> followed = new ArrayList<>();
        List<IndexStore.ListItems> lists = new ArrayList<>();
        for (int a = 1; a <= artists; a++) {
            followed.add(new ArtistInfo("soundcloud:users:" + a, a, "artist" + a, null));
            for (SourceKind kind : List.of(SourceKind.REPOST, SourceKind.LIKE)) {
                List<TrackInfo> items = new ArrayList<>();
                for (long id : rnd.longs(1, pool + 1).distinct().limit(per).toArray()) {
                    items.add(tracks.computeIfAbsent(id, i -> new TrackInfo("soundcloud:tracks:" + i, i, "Track " + i,
                            "soundcloud:users:" + (900_000 + i % 5000), "up" + i % 5000, "https://soundcloud.com/u/t-" + i, 200_000 + i, null)));
                }
                lists.add(new IndexStore.ListItems("soundcloud:users:" + a, kind, items));
            }
        }
        return new IndexStore.MergeInput(followed, followed.stream().map(ArtistInfo::urn).toList(), lists);
    }
}
