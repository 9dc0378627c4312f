package org.musicminion.discover.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The stream's checkpoint: the time (epoch millis) of the newest item a successful feed read saw.
 * The next read goes back to it minus an overlap. Written only inside the merge transaction of a run
 * whose feed read succeeded.
 */
public final class FeedState {
    private FeedState() {}

    /** The checkpoint, or null before the first successful feed read. */
    public static Long checkpoint(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT checkpoint FROM feed_state WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? ArtistStats.longOrNull(rs, 1) : null;
        }
    }

    /** Sets the checkpoint (call inside the merge transaction). */
    public static void setCheckpoint(Connection c, long checkpoint, long now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO feed_state(id, checkpoint, updated_at) VALUES (1, ?, ?)"
                + " ON CONFLICT(id) DO UPDATE SET checkpoint = excluded.checkpoint, updated_at = excluded.updated_at")) {
            ps.setLong(1, checkpoint);
            ps.setLong(2, now);
            ps.executeUpdate();
        }
    }
}
