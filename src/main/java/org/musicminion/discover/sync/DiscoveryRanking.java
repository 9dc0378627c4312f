package org.musicminion.discover.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Which tracks the discovery playlist proposes, best first: unjudged tracks surfaced by followed
 * artists, most reposts first, ties by more likes, then the newest first_seen (then URN, so the
 * order is stable). Issue 8 replaces the order (hit rates, per-artist cap) here and nowhere else.
 */
public final class DiscoveryRanking {

    /** The URNs of the best {@code max} candidates. */
    public List<String> top(Connection c, int max) throws SQLException {
        List<String> urns = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT t.urn,
                       SUM(s.kind = 'repost') AS reposts,
                       SUM(s.kind = 'like') AS likes
                FROM track_sources s
                JOIN artists a ON a.urn = s.artist_urn AND a.followed = 1
                JOIN tracks t ON t.urn = s.track_urn
                WHERE NOT EXISTS (SELECT 1 FROM judgments j WHERE j.track_urn = s.track_urn)
                GROUP BY t.urn
                ORDER BY reposts DESC, likes DESC, t.first_seen DESC, t.urn
                LIMIT ?""")) {
            ps.setInt(1, max);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) urns.add(rs.getString(1));
            }
        }
        return urns;
    }
}
