package org.musicminion.discover.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * How long the artists command's one grouped query takes on a large index: 200 followed artists with 2 000 sources
 * each (reposts and likes over 50 000 tracks, a tenth of them judged). Run from the test classes:
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) org.musicminion.discover.store.ArtistStatsBench}.
 * {@code ArtistStatsTest} checks the same query's answer on an index a tenth the size.
 */
public final class ArtistStatsBench {
    private static final long NOW = 1_000 * ArtistStats.DAY_MS;

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("artist-stats-bench");
        try (Database db = Database.openIn(dir)) {
            long t0 = System.nanoTime();
            fill(db, 200, 2_000, 50_000);
            System.out.printf("index of 200 artists x 2000 sources filled in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
            db.read(c -> ArtistStats.query(c, NOW, ArtistStats.Sort.HIT_RATE, null)); // warm up
            t0 = System.nanoTime();
            List<ArtistStats.Row> rows = db.read(c -> ArtistStats.query(c, NOW, ArtistStats.Sort.ACTIVITY, null));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            System.out.printf("ArtistStats on %d artists x 2000 sources: %d ms%n", rows.size(), ms);
        }
    }

    /**
     * Fills an empty index: {@code artists} followed artists with {@code perArtist} sources each (reposts and likes in
     * turn) spread over {@code tracks} tracks, every tenth track judged (a third of those liked).
     */
    static void fill(Database db, int artists, int perArtist, int tracks) {
        db.write(c -> {
            try (var st = c.createStatement()) {
                st.execute("WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < " + (artists - 1) + ")"
                        + " INSERT INTO artists(urn, id, username, followed, first_seen) SELECT 'soundcloud:users:' || i, i, 'a' || i, 1, 0 FROM n");
                st.execute("WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < " + (tracks - 1) + ")"
                        + " INSERT INTO tracks(urn, id, first_seen, last_seen) SELECT 'soundcloud:tracks:' || i, i, i, i FROM n");
                st.execute("WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < " + (artists * perArtist - 1) + ")"
                        + " INSERT OR IGNORE INTO track_sources(track_urn, artist_urn, kind, first_seen)"
                        + " SELECT 'soundcloud:tracks:' || ((i * 7919) % " + tracks + "), 'soundcloud:users:' || (i / " + perArtist + "),"
                        + " CASE WHEN i % 2 = 0 THEN 'repost' ELSE 'like' END, i FROM n ORDER BY 1, 2, 3"); // key order: fast inserts
                st.execute("INSERT INTO judgments(track_urn, value, origin, judged_at)"
                        + " SELECT urn, CASE WHEN id % 3 = 0 THEN 'liked' ELSE 'not_quite' END, 'local', 1 FROM tracks WHERE id % 10 = 0");
            }
            return null;
        });
    }
}
