package org.musicminion.discover.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.musicminion.discover.soundcloud.Urn;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * Music Minion's own SQLite database (the listener's player), read and never written: opened read-only
 * ({@code mode=ro}, {@code query_only}), with a short busy timeout, each query its own short read, the connection
 * closed at once; so the player never waits on a lock of ours. What it reads (Music Minion's schema):
 * {@code tracks(id, source, soundcloud_id)} with {@code soundcloud_id} the numeric id as text,
 * {@code ratings(track_id, rating_type, timestamp)} with {@code rating_type} archive / skip / like / love, and
 * {@code discovery_tracks(soundcloud_id, status)} with status unseen / in_playlist / liked / dismissed. A part
 * whose tables or columns are missing (an older database) is skipped and named in {@link Reading#missing()}.
 */
public final class PlayerDatabase {
    /** How long a read waits for the player's write to finish before giving up. */
    static final int BUSY_TIMEOUT_MS = 2_000;
    private PlayerDatabase() {}

    /** One skip the player recorded: an implicit signal, never a verdict. {@code at} is epoch millis (0 when unknown). */
    public record Skip(String trackUrn, long at) {}

    /**
     * What the player's database says, by SoundCloud track URN: {@code liked} (the latest like/love/archive rating
     * is like or love, or the discovery status is liked), {@code archived} (the latest such rating is archive),
     * {@code dismissed} (discovery status dismissed, which folds "not interested" and "not quite"), the skips, and
     * what was missing (e.g. {@code "table ratings"}, {@code "column discovery_tracks.status"}); empty when all was there.
     */
    public record Reading(Set<String> liked, Set<String> archived, Set<String> dismissed, List<Skip> skips, List<String> missing) {
        public static final Reading NONE = new Reading(Set.of(), Set.of(), Set.of(), List.of(), List.of());

        public Reading {
            liked = Set.copyOf(liked);
            archived = Set.copyOf(archived);
            dismissed = Set.copyOf(dismissed);
            skips = List.copyOf(skips);
            missing = List.copyOf(missing);
        }
    }

    /** Reads {@code file}; {@link Reading#NONE} when there is no such file. SQLException when it cannot be read at all. */
    public static Reading read(Path file) throws SQLException {
        if (!Files.isRegularFile(file)) return Reading.NONE;
        SQLiteConfig cfg = new SQLiteConfig();
        cfg.setReadOnly(true);
        cfg.setOpenMode(SQLiteOpenMode.READONLY);
        cfg.setBusyTimeout(BUSY_TIMEOUT_MS);
        cfg.enforceForeignKeys(false);
        try (Connection c = cfg.createConnection("jdbc:sqlite:" + file.toAbsolutePath().toUri() + "?mode=ro")) {
            try (var s = c.createStatement()) {
                s.execute("PRAGMA query_only = 1");
            }
            Map<String, Set<String>> columns = columns(c, List.of("tracks", "ratings", "discovery_tracks"));
            List<String> missing = new ArrayList<>();
            boolean ratings = need(columns, "tracks", List.of("id", "soundcloud_id"), missing)
                    & need(columns, "ratings", List.of("track_id", "rating_type", "timestamp"), missing);
            boolean discovery = need(columns, "discovery_tracks", List.of("soundcloud_id", "status"), missing);
            Set<String> liked = new HashSet<>();
            Set<String> archived = new HashSet<>();
            Set<String> dismissed = new HashSet<>();
            List<Skip> skips = new ArrayList<>();
            if (ratings) readRatings(c, columns.get("tracks").contains("source"), liked, archived, skips);
            if (discovery) readDiscovery(c, liked, dismissed);
            return new Reading(liked, archived, dismissed, skips, missing);
        }
    }

    /** The columns of each named table that exists (lower case). */
    private static Map<String, Set<String>> columns(Connection c, List<String> tables) throws SQLException {
        Map<String, Set<String>> all = new HashMap<>();
        for (String t : tables) {
            Set<String> cols = new LinkedHashSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT name FROM pragma_table_info(?)")) {
                ps.setString(1, t);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) cols.add(rs.getString(1).toLowerCase(java.util.Locale.ROOT));
                }
            }
            if (!cols.isEmpty()) all.put(t, cols);
        }
        return all;
    }

    private static boolean need(Map<String, Set<String>> columns, String table, List<String> wanted, List<String> missing) {
        Set<String> have = columns.get(table);
        if (have == null) {
            missing.add("table " + table);
            return false;
        }
        boolean all = true;
        for (String w : wanted) {
            if (!have.contains(w)) {
                missing.add("column " + table + "." + w);
                all = false;
            }
        }
        return all;
    }

    private static void readRatings(Connection c, boolean hasSource, Set<String> liked, Set<String> archived, List<Skip> skips)
            throws SQLException {
        // the rating's time as epoch millis: SQLite's CURRENT_TIMESTAMP text, ISO text, or a number of seconds or millis
        String sql = """
                SELECT t.soundcloud_id, r.rating_type,
                       CASE WHEN typeof(r.timestamp) IN ('integer', 'real')
                            THEN CAST(CASE WHEN r.timestamp > 100000000000 THEN r.timestamp ELSE r.timestamp * 1000 END AS INTEGER)
                            ELSE CAST(strftime('%s', r.timestamp) AS INTEGER) * 1000 END AS at
                FROM ratings r JOIN tracks t ON t.id = r.track_id
                WHERE t.soundcloud_id IS NOT NULL AND r.rating_type IN ('like', 'love', 'archive', 'skip')"""
                + (hasSource ? " AND t.source = 'soundcloud'" : "")
                + " ORDER BY t.soundcloud_id, at, r.rowid";
        Map<String, String> latest = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String urn = urn(rs.getString(1));
                if (urn == null) continue;
                String type = rs.getString(2);
                if ("skip".equals(type)) skips.add(new Skip(urn, rs.getLong(3)));
                else latest.put(urn, type); // ordered by time: the last one stays
            }
        }
        latest.forEach((urn, type) -> ("archive".equals(type) ? archived : liked).add(urn));
    }

    private static void readDiscovery(Connection c, Set<String> liked, Set<String> dismissed) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT soundcloud_id, status FROM discovery_tracks WHERE status IN ('liked', 'dismissed')");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String urn = urn(rs.getString(1));
                if (urn != null) ("liked".equals(rs.getString(2)) ? liked : dismissed).add(urn);
            }
        }
    }

    /** The track URN of Music Minion's {@code soundcloud_id} (digits as text); null for anything else. */
    static String urn(String soundcloudId) {
        if (soundcloudId == null) return null;
        String id = soundcloudId.strip();
        if (id.isEmpty() || id.length() > 18 || !id.chars().allMatch(ch -> ch >= '0' && ch <= '9')) return null;
        return Urn.track(Long.parseLong(id)).toString();
    }
}
