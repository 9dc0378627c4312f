package org.musicminion.discover.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.musicminion.discover.SourceKind;

/**
 * Reads the index for {@code tracks}: filters (judgment, source kind, link time since, minimum
 * reposts), sort and limit in SQL, rows streamed one at a time to a consumer. Counts, who-by lists and
 * link times are over followed artists only.
 */
public final class TrackQuery {
    /** Sort orders. */
    public enum Sort {
        REPOSTS, RECENT;

        /** The option's word ({@code reposts}, {@code recent}). */
        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A judgment filter: any, none (unjudged), or one value. */
    public record JudgmentFilter(boolean any, org.musicminion.discover.Judgment value) {
        public static final JudgmentFilter ANY = new JudgmentFilter(true, null);
        public static final JudgmentFilter UNJUDGED = new JudgmentFilter(false, null);

        public static JudgmentFilter of(org.musicminion.discover.Judgment value) {
            return new JudgmentFilter(false, value);
        }
    }

    /** One track as {@code tracks} prints it; first seen (its earliest link time) in epoch millis; its judgment's word or null. */
    public record TrackRow(String urn, long id, String title, String artist, String permalinkUrl, long firstSeen, String judgment,
                           Links links) {
    }

    /**
     * The track's links from followed artists: how many reposted and liked it, who reposted, liked and uploaded it
     * (sorted URNs), and the last repost (epoch millis; null: none).
     */
    public record Links(int repostCount, int likeCount, List<String> repostedBy, List<String> likedBy, List<String> uploadedBy,
                        Long lastRepostedAt) {
    }

    /** Receives rows; returning false stops the query (e.g. the reader of stdout went away). */
    @FunctionalInterface
    public interface RowSink {
        boolean accept(TrackRow row) throws SQLException;
    }

    private JudgmentFilter judgment = JudgmentFilter.ANY;
    private Long since;
    private SourceKind source;
    private int minReposts;
    private Sort sort = Sort.RECENT;
    private Integer limit;

    public TrackQuery judgment(JudgmentFilter f) {
        this.judgment = f;
        return this;
    }

    /**
     * Only tracks with a link from a followed artist (of the {@link #source} kind, when set) at or after
     * {@code epochMillis}: the link's exact time from the stream, or when a sweep first saw it.
     */
    public TrackQuery since(Long epochMillis) {
        this.since = epochMillis;
        return this;
    }

    /** Only tracks linked by {@code s} (null: any): a followed artist's repost, like or upload, or a link from a track. */
    public TrackQuery source(SourceKind s) {
        this.source = s;
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
                       COUNT(CASE WHEN s.kind = %1$s THEN 1 END) AS reposts,
                       COUNT(CASE WHEN s.kind = %2$s THEN 1 END) AS likes,
                       GROUP_CONCAT(CASE WHEN s.kind = %1$s THEN s.artist_urn END) AS reposted_by,
                       GROUP_CONCAT(CASE WHEN s.kind = %2$s THEN s.artist_urn END) AS liked_by,
                       j.value AS judgment,
                       GROUP_CONCAT(CASE WHEN s.kind = %3$s THEN s.artist_urn END) AS uploaded_by,
                       MAX(CASE WHEN s.kind = %1$s THEN s.at END) AS last_reposted_at,
                       COUNT(CASE WHEN s.kind = ?1 THEN 1 END) AS of_source,
                       MAX(CASE WHEN ?1 IS NULL OR s.kind = ?1 THEN s.at END) AS last_link_at
                FROM tracks t
                LEFT JOIN (SELECT ts.track_urn, ts.kind, ts.artist_urn, ts.at FROM track_sources ts
                           JOIN artists a ON a.urn = ts.artist_urn AND a.followed = 1
                           UNION ALL SELECT ts.track_urn, ts.kind, ts.artist_urn, ts.at FROM track_sources ts
                           WHERE ts.kind IN (%4$s)) s ON s.track_urn = t.urn
                LEFT JOIN judgments j ON j.track_urn = t.urn
                WHERE 1 = 1""".formatted(SourceKinds.sql(SourceKind.REPOST), SourceKinds.sql(SourceKind.LIKE),
                SourceKinds.sql(SourceKind.UPLOAD), SourceKinds.viaTrack()));
        List<Object> params = new ArrayList<>();
        params.add(source == null ? null : SourceKinds.text(source));
        if (!judgment.any()) {
            if (judgment.value() == null) sql.append(" AND j.value IS NULL");
            else {
                sql.append(" AND j.value = ?");
                params.add(judgment.value().word());
            }
        }
        sql.append(" GROUP BY t.urn HAVING 1 = 1");
        if (source != null) sql.append(" AND of_source > 0");
        if (since != null) {
            sql.append(" AND last_link_at >= ?");
            params.add(since);
        }
        if (minReposts > 0) {
            sql.append(" AND reposts >= ?");
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
                            rs.getString(5), rs.getLong(6), rs.getString(11), new Links(rs.getInt(7), rs.getInt(8), split(rs.getString(9)),
                            split(rs.getString(10)), split(rs.getString(12)), ArtistStats.longOrNull(rs, 13)));
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
