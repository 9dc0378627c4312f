package org.musicminion.discover.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code player_skips} table: the skips Music Minion recorded, one row per track and time, kept as an implicit
 * signal the ranking may read (a skip is not a verdict: it never enters {@code judgments}).
 */
public final class PlayerSkips {
    private PlayerSkips() {}

    /** Stores the skips not stored before; returns how many were new. */
    public static int put(Connection c, List<PlayerDatabase.Skip> skips) throws SQLException {
        int added = 0;
        try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO player_skips(track_urn, skipped_at) VALUES (?, ?)")) {
            for (PlayerDatabase.Skip s : skips) {
                ps.setString(1, s.trackUrn());
                ps.setLong(2, s.at());
                added += ps.executeUpdate();
            }
        }
        return added;
    }

    /** How many times the player skipped each track, by track URN. */
    public static Map<String, Integer> countsByTrack(Connection c) throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT track_urn, COUNT(*) FROM player_skips GROUP BY track_urn");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) counts.put(rs.getString(1), rs.getInt(2));
        }
        return counts;
    }
}
