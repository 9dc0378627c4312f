package org.musicminion.discover.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the index for {@code tracks}: filters (judgment, first seen since, minimum reposts), sort and
 * limit in SQL, rows streamed one at a time to a consumer. Counts and who-by lists are over followed
 * artists only.
 */
public final class TrackQuery {
    /** Sort orders. */
    public enum Sort { REPOSTS, RECENT }

    /** A judgment filter: any, none (unjudged), or one value. */
    public record JudgmentFilter(boolean any, String value) {
        public static final JudgmentFilter ANY = new JudgmentFilter(true, null);
        public static final JudgmentFilter UNJUDGED = new JudgmentFilter(false, null);

        public static JudgmentFilter of(String value) {
            return new JudgmentFilter(false, value);
        }
    }

    /** One track as {@code tracks} prints it; first seen in epoch millis. */
    public record TrackRow(String urn, long id, String title, String artist, String permalinkUrl, long firstSeen,
                           int repostCount, int likeCount, List<String> repostedBy, List<String> likedBy, String judgment) {
    }

    /** Receives rows; returning false stops the query (e.g. the reader of stdout went away). */
    @FunctionalInterface
    public interface RowSink {
        boolean accept(TrackRow row) throws SQLException;
    }

    private JudgmentFilter judgment = JudgmentFilter.ANY;
    private Long since;
    private int minReposts;
    private Sort sort = Sort.RECENT;
    private Integer limit;

    public TrackQuery judgment(JudgmentFilter f) {
        this.judgment = f;
        return this;
    }

    /** Only tracks first seen at or after {@code epochMillis}. */
    public TrackQuery since(Long epochMillis) {
        this.since = epochMillis;
        return this;
    }

    public TrackQuery minReposts(int n) {
        this.minReposts = n;
        return this;
    }

    public TrackQuery sort(Sort s) {
        this.sort = s;
        return this;
    }

    public TrackQuery limit(Integer n) {
        this.limit = n;
        return this;
    }

    /** Runs the query, handing each row to {@code sink} as it is read. Returns the rows handed out. */
    public int run(Connection c, RowSink sink) throws SQLException {
        StringBuilder sql = new StringBuilder("""
                SELECT t.urn, t.id, t.title, t.artist_name, t.permalink_url, t.first_seen,
                       COUNT(CASE WHEN s.kind = 'repost' THEN 1 END) AS reposts,
                       COUNT(CASE WHEN s.kind = 'like' THEN 1 END) AS likes,
                       GROUP_CONCAT(CASE WHEN s.kind = 'repost' THEN s.artist_urn END) AS reposted_by,
                       GROUP_CONCAT(CASE WHEN s.kind = 'like' THEN s.artist_urn END) AS liked_by,
                       j.value AS judgment
                FROM tracks t
                LEFT JOIN (SELECT ts.track_urn, ts.kind, ts.artist_urn FROM track_sources ts
                           JOIN artists a ON a.urn = ts.artist_urn AND a.followed = 1) s ON s.track_urn = t.urn
                LEFT JOIN judgments j ON j.track_urn = t.urn
                WHERE 1 = 1""");
        List<Object> params = new ArrayList<>();
        if (!judgment.any()) {
            if (judgment.value() == null) sql.append(" AND j.value IS NULL");
            else {
                sql.append(" AND j.value = ?");
                params.add(judgment.value());
            }
        }
        if (since != null) {
            sql.append(" AND t.first_seen >= ?");
            params.add(since);
        }
        sql.append(" GROUP BY t.urn");
        if (minReposts > 0) {
            sql.append(" HAVING reposts >= ?");
            params.add(minReposts);
        }
        sql.append(sort == Sort.REPOSTS ? " ORDER BY reposts DESC, likes DESC, t.first_seen DESC, t.urn"
                : " ORDER BY t.first_seen DESC, reposts DESC, t.urn");
        if (limit != null) {
            sql.append(" LIMIT ?");
            params.add(limit);
        }
        int n = 0;
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < params.size(); i++) ps.setObject(i + 1, params.get(i));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    TrackRow row = new TrackRow(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getLong(6), rs.getInt(7), rs.getInt(8), split(rs.getString(9)),
                            split(rs.getString(10)), rs.getString(11));
                    n++;
                    if (!sink.accept(row)) break;
                }
            }
        }
        return n;
    }

    private static List<String> split(String joined) {
        if (joined == null || joined.isEmpty()) return List.of();
        String[] parts = joined.split(",");
        Arrays.sort(parts);
        return List.of(parts);
    }
}
