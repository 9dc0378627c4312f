package org.musicminion.discover.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * When each followed artist is due for its next check: {@code artists.check_interval_hours} and
 * {@code artists.next_check_at} (epoch millis; null for an artist never checked, who is due at once), and
 * when its reposts list was last read completely ({@code artists.reposts_swept_at}).
 */
public final class ArtistSchedule {

    /** One artist's current schedule; both null before its first check. */
    public record Slot(Double intervalHours, Long nextCheckAt) {
        public static final Slot NEW = new Slot(null, null);
    }

    private ArtistSchedule() {}

    /** The schedule of every followed artist by URN (artists not yet stored are absent: they are new). */
    public static Map<String, Slot> followed(Connection c) throws SQLException {
        Map<String, Slot> slots = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT urn, check_interval_hours, next_check_at FROM artists WHERE followed = 1");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                slots.put(rs.getString(1), new Slot(ArtistStats.doubleOrNull(rs, 2), ArtistStats.longOrNull(rs, 3)));
            }
        }
        return slots;
    }

    /** Sets the interval and next check of the artists in {@code slots} (call inside the merge transaction). */
    public static void set(Connection c, Map<String, Slot> slots) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE artists SET check_interval_hours = ?, next_check_at = ? WHERE urn = ?")) {
            Batch batch = new Batch(ps);
            for (Map.Entry<String, Slot> e : slots.entrySet()) {
                if (e.getValue().intervalHours() == null) ps.setNull(1, Types.REAL);
                else ps.setDouble(1, e.getValue().intervalHours());
                if (e.getValue().nextCheckAt() == null) ps.setNull(2, Types.INTEGER);
                else ps.setLong(2, e.getValue().nextCheckAt());
                ps.setString(3, e.getKey());
                batch.add(null);
            }
            batch.finish();
        }
    }

    /** When each followed artist's reposts list was last read completely (artists never swept are absent). */
    public static Map<String, Long> repostsSweptAt(Connection c) throws SQLException {
        Map<String, Long> at = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT urn, reposts_swept_at FROM artists WHERE followed = 1 AND reposts_swept_at IS NOT NULL");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) at.put(rs.getString(1), rs.getLong(2));
        }
        return at;
    }

    /** Records that the reposts lists of {@code artistUrns} were read completely at {@code at} (inside the merge transaction). */
    public static void setRepostsSwept(Connection c, Collection<String> artistUrns, long at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE artists SET reposts_swept_at = ? WHERE urn = ?")) {
            Batch batch = new Batch(ps);
            for (String urn : artistUrns) {
                ps.setLong(1, at);
                ps.setString(2, urn);
                batch.add(null);
            }
            batch.finish();
        }
    }
}
