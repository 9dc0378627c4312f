package org.musicminion.discover.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.musicminion.discover.SourceKind;
import org.musicminion.discover.ranking.Smoothing;

/**
 * What the index knows about each followed artist, computed in one grouped query: tracks surfaced
 * (reposted, liked or uploaded, distinct), their own uploads the stream showed, how many of those the listener judged and liked, the hit rate
 * {@code liked / max(1, judged)}, activity (source rows first seen in the last 7 / 30 days, per day,
 * not counting the artist's first import), the last new item and the current check interval.
 */
public final class ArtistStats {
    static final long DAY_MS = 86_400_000L;

    /** Sort orders of {@code artists}. */
    public enum Sort {
        /** Best hit rate first, then more liked, more judged. */
        HIT_RATE("hit_rate DESC, liked DESC, judged DESC, surfaced DESC, a.urn"),
        /** Most new items a day over the last 7 days first, then over 30 days. */
        ACTIVITY("n7 DESC, n30 DESC, surfaced DESC, a.urn"),
        /** Most tracks surfaced first. */
        TRACKS("surfaced DESC, n30 DESC, a.urn");

        private final String orderBy;

        Sort(String orderBy) {
            this.orderBy = orderBy;
        }

        /** The option's word ({@code hit_rate}, {@code activity}, {@code tracks}). */
        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * One artist's numbers; times in epoch millis (null when never). The followed artists come first, then those no
     * longer followed ({@code followed} false, {@code unfollowedAt} when that was seen), whose history the index keeps.
     */
    public record Row(String urn, String username, String permalinkUrl, Tally tally, Activity activity, Checks checks,
                      boolean followed, Long unfollowedAt) {
    }

    /** Tracks the artist surfaced (distinct), their own uploads, how many of the surfaced the listener judged and liked, liked / max(1, judged). */
    public record Tally(int surfaced, int uploads, int judged, int liked, double hitRate) {
    }

    /** Source rows first seen a day over the last 7 and 30 days (not counting the artist's first import), and the last new one. */
    public record Activity(double perDay7d, double perDay30d, Long lastNewAt) {
    }

    /** The artist's adaptive check: its interval (null before the first check), the last check and the next one due. */
    public record Checks(Double intervalHours, Long lastCheckedAt, Long nextCheckAt) {
    }

    private ArtistStats() {}

    /** The followed artists' stats at {@code now}, sorted, at most {@code limit} (null: all). */
    public static List<Row> query(Connection c, long now, Sort sort, Integer limit) throws SQLException {
        // one pass over track_sources in primary-key order (one group per track and artist, judgment looked up once),
        // grouped per artist; activity from the recent rows only; both joined to the followed artists (no rescans)
        String sql = """
                WITH per_track AS (
                  SELECT ts.artist_urn, ts.track_urn FROM track_sources ts GROUP BY ts.track_urn, ts.artist_urn),
                per_artist AS (
                  SELECT p.artist_urn, COUNT(*) AS surfaced, COUNT(j.value) AS judged,
                         COUNT(CASE WHEN j.value = 'liked' THEN 1 END) AS liked
                  FROM per_track p LEFT JOIN judgments j ON j.track_urn = p.track_urn
                  GROUP BY p.artist_urn),
                activity AS (
                  SELECT ts.artist_urn, SUM(ts.first_seen >= ?1) AS n7, COUNT(*) AS n30
                  FROM track_sources ts JOIN artists fa ON fa.urn = ts.artist_urn
                  WHERE ts.first_seen >= ?2 AND ts.first_seen > fa.first_seen
                  GROUP BY ts.artist_urn),
                uploads AS (
                  SELECT ts.artist_urn, COUNT(*) AS n FROM track_sources ts WHERE ts.kind = %s GROUP BY ts.artist_urn)
                SELECT a.urn, a.username, a.permalink_url, a.last_new_at, a.check_interval_hours, a.next_check_at,
                       a.last_checked_at,
                       COALESCE(s.surfaced, 0) AS surfaced, COALESCE(s.judged, 0) AS judged, COALESCE(s.liked, 0) AS liked,
                       CAST(COALESCE(s.liked, 0) AS REAL) / MAX(1, COALESCE(s.judged, 0)) AS hit_rate,
                       COALESCE(v.n7, 0) AS n7, COALESCE(v.n30, 0) AS n30, COALESCE(u.n, 0) AS uploads, a.followed, a.unfollowed_at
                FROM artists a
                LEFT JOIN per_artist s ON s.artist_urn = a.urn
                LEFT JOIN activity v ON v.artist_urn = a.urn
                LEFT JOIN uploads u ON u.artist_urn = a.urn
                WHERE a.followed = 1 OR a.unfollowed_at IS NOT NULL
                ORDER BY """.formatted(SourceKinds.sql(SourceKind.UPLOAD)) + " a.followed DESC, " + sort.orderBy + (limit == null ? "" : " LIMIT " + limit.intValue());
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, now - 7 * DAY_MS);
            ps.setLong(2, now - 30 * DAY_MS);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getString(1), rs.getString(2), rs.getString(3),
                            new Tally(rs.getInt(8), rs.getInt(14), rs.getInt(9), rs.getInt(10), rs.getDouble(11)),
                            new Activity(rs.getLong(12) / 7.0, rs.getLong(13) / 30.0, longOrNull(rs, 4)),
                            new Checks(doubleOrNull(rs, 5), longOrNull(rs, 7), longOrNull(rs, 6)), rs.getInt(15) == 1, longOrNull(rs, 16)));
                }
            }
        }
        return rows;
    }

    /**
     * The listener's overall keep rate, the prior smoothed hit rates shrink toward: liked / judged over the
     * judged tracks of the index ({@link org.musicminion.discover.ranking.Smoothing#NO_VERDICTS_RATE} with none).
     */
    public static double overallKeepRate(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT COUNT(CASE WHEN j.value = 'liked' THEN 1 END), COUNT(*)
                FROM judgments j JOIN tracks t ON t.urn = j.track_urn""");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return Smoothing.prior(rs.getInt(1), rs.getInt(2));
        }
    }

    static Long longOrNull(ResultSet rs, int i) throws SQLException {
        long v = rs.getLong(i);
        return rs.wasNull() ? null : v;
    }

    static Double doubleOrNull(ResultSet rs, int i) throws SQLException {
        double v = rs.getDouble(i);
        return rs.wasNull() ? null : v;
    }
}
