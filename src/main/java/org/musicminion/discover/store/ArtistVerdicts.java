package org.musicminion.discover.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Each followed artist's verdict breakdown, for {@code export artist-tiers}: tracks surfaced (distinct), how many
 * of them the listener judged liked / not_interested / not_quite, and how many are among the listener's
 * {@link #RECENT_LIKES} most recently recorded likes.
 */
public final class ArtistVerdicts {
    public static final int RECENT_LIKES = 200;

    private ArtistVerdicts() {}

    public record Row(String urn, String username, String permalinkUrl, int surfaced, int liked, int notInterested, int notQuite,
                      int recentLikes) {
        public int judged() {
            return liked + notInterested + notQuite;
        }
    }

    /** The followed artists, by URN. */
    public static List<Row> followed(Connection c) throws SQLException {
        String sql = """
                WITH per_track AS (
                  SELECT artist_urn, track_urn FROM track_sources GROUP BY track_urn, artist_urn),
                recent AS (
                  SELECT track_urn FROM judgments WHERE value = 'liked' ORDER BY judged_at DESC, track_urn LIMIT ?),
                per_artist AS (
                  SELECT p.artist_urn, COUNT(*) AS surfaced,
                         COUNT(CASE WHEN j.value = 'liked' THEN 1 END) AS liked,
                         COUNT(CASE WHEN j.value = 'not_interested' THEN 1 END) AS not_interested,
                         COUNT(CASE WHEN j.value = 'not_quite' THEN 1 END) AS not_quite,
                         COUNT(r.track_urn) AS recent
                  FROM per_track p LEFT JOIN judgments j ON j.track_urn = p.track_urn
                  LEFT JOIN recent r ON r.track_urn = p.track_urn
                  GROUP BY p.artist_urn)
                SELECT a.urn, a.username, a.permalink_url, COALESCE(s.surfaced, 0), COALESCE(s.liked, 0),
                       COALESCE(s.not_interested, 0), COALESCE(s.not_quite, 0), COALESCE(s.recent, 0)
                FROM artists a LEFT JOIN per_artist s ON s.artist_urn = a.urn
                WHERE a.followed = 1 ORDER BY a.urn""";
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, RECENT_LIKES);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5), rs.getInt(6),
                            rs.getInt(7), rs.getInt(8)));
                }
            }
        }
        return rows;
    }
}
