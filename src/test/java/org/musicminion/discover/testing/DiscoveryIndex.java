package org.musicminion.discover.testing;

import java.sql.PreparedStatement;

import org.musicminion.discover.store.Database;

/** Builds hand-made indexes for the discovery tests: artists, tracks, sources and judgments by plain SQL. */
public final class DiscoveryIndex {
    private final Database db;

    public DiscoveryIndex(Database db) {
        this.db = db;
    }

    public DiscoveryIndex artist(long id, boolean followed, long firstSeen) {
        return sql("INSERT INTO artists(urn, id, username, permalink_url, followed, first_seen) VALUES (?, ?, ?, ?, ?, ?)",
                "soundcloud:users:" + id, id, "artist" + id, "https://soundcloud.com/artist" + id, followed ? 1 : 0, firstSeen);
    }

    /** A track with a duration in seconds (null: unknown). */
    public DiscoveryIndex track(long id, Integer seconds, long firstSeen) {
        return sql("INSERT INTO tracks(urn, id, title, duration_ms, first_seen, last_seen) VALUES (?, ?, ?, ?, ?, ?)",
                "soundcloud:tracks:" + id, id, "Track " + id, seconds == null ? null : seconds * 1000L, firstSeen, firstSeen);
    }

    /** Sets a track's title and uploader name (what people read in tables). */
    public DiscoveryIndex title(long track, String title, String uploader) {
        return sql("UPDATE tracks SET title = ?, artist_name = ? WHERE urn = ?", title, uploader, "soundcloud:tracks:" + track);
    }

    /** {@code kind} "repost" or "like". */
    public DiscoveryIndex source(long track, long artist, String kind, long firstSeen) {
        return sql("INSERT INTO track_sources(track_urn, artist_urn, kind, first_seen) VALUES (?, ?, ?, ?)",
                "soundcloud:tracks:" + track, "soundcloud:users:" + artist, kind, firstSeen);
    }

    public DiscoveryIndex judge(long track, String value) {
        return judge(track, value, 1);
    }

    /** A judgment recorded at {@code judgedAt} (epoch millis). */
    public DiscoveryIndex judge(long track, String value, long judgedAt) {
        return sql("INSERT INTO judgments(track_urn, value, origin, judged_at) VALUES (?, ?, 'local', ?)",
                "soundcloud:tracks:" + track, value, judgedAt);
    }

    private DiscoveryIndex sql(String sql, Object... args) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) ps.setObject(i + 1, args[i]);
                ps.executeUpdate();
            }
            return null;
        });
        return this;
    }

    /** Every table's rows as text (for "nothing changed" checks). */
    /**
     * {@code days} days of verdicts on reposts by artists 1 and 2: ten tracks a day from id 100 (track ids 100..,
     * first seen on day d, judged at 1 000 + d), five by each; artist 1's kept 4 of 5, artist 2's 1 of 5.
     */
    public DiscoveryIndex keptFourOfFiveAndOneOfFive(int days) {
        long id = 100;
        for (int day = 0; day < days; day++) {
            for (int i = 0; i < 10; i++, id++) {
                long artist = i < 5 ? 1 : 2;
                track(id, 240, day).source(id, artist, "repost", day);
                boolean kept = artist == 1 ? i != 0 : i == 5;
                judge(id, kept ? "liked" : "not_interested", 1_000 + day);
            }
        }
        return this;
    }

    public static String dump(Database db) {
        return db.read(c -> {
            StringBuilder sb = new StringBuilder();
            for (String table : new String[] {"artists", "tracks", "track_sources", "judgments", "resolve_answers", "sync_runs", "meta"}) {
                sb.append("## ").append(table).append('\n');
                try (var st = c.createStatement(); var rs = st.executeQuery("SELECT * FROM " + table + " ORDER BY 1, 2")) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= n; i++) sb.append(rs.getString(i)).append('|');
                        sb.append('\n');
                    }
                }
            }
            return sb.toString();
        });
    }
}
