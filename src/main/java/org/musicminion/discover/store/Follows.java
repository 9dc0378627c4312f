package org.musicminion.discover.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Whom the listener follows, as the index records it, and their unfollowing (the artist and their history stay). */
public final class Follows {
    private Follows() {}

    /** An artist the index knows: name and whether still followed. */
    public record Known(String urn, String username, boolean followed) {}

    /** The artist {@code urn} as the index knows them, or null. */
    public static Known find(Connection c, String urn) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT urn, username, followed FROM artists WHERE urn = ?")) {
            ps.setString(1, urn);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new Known(rs.getString(1), rs.getString(2), rs.getInt(3) == 1) : null;
            }
        }
    }

    /** Records that the listener no longer follows {@code urn} (id {@code id}) since {@code now}; adds the artist when unknown. */
    public static void unfollowed(Connection c, String urn, long id, long now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO artists(urn, id, followed, first_seen, unfollowed_at) VALUES (?, ?, 0, ?, ?)"
                + " ON CONFLICT(urn) DO UPDATE SET followed = 0, unfollowed_at = excluded.unfollowed_at")) {
            ps.setString(1, urn);
            ps.setLong(2, id);
            ps.setLong(3, now);
            ps.setLong(4, now);
            ps.executeUpdate();
        }
    }
}
