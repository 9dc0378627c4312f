package org.musicminion.discover.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.musicminion.discover.Judgment;

/**
 * Writes to SoundCloud that wait for the daily budget, shared by every process through the database:
 * {@code remote_verdicts} (a verdict to write per track; the last one queued wins), {@code remote_sends} (one row per
 * write request, stored before it is sent: the rolling day's count) and {@code deferred_pushes} (playlist pushes a
 * later sync owes).
 */
public final class RemoteWrites {
    private RemoteWrites() {}

    /**
     * A verdict waiting to be written: {@code judgment} null is a clear. {@code likeDone}: its like (liked) or unlike
     * (clear) was sent, or it needs none; {@code playlistsDone}: the judgment playlists hold it as it says.
     */
    public record Queued(long id, String trackUrn, Judgment judgment, long queuedAt, boolean likeDone, boolean playlistsDone) {
    }

    /** Queues {@code judgment} (null: a clear) of {@code trackUrn} in place of any verdict queued for it before. */
    public static void queue(Connection c, String trackUrn, Judgment judgment, long at) throws SQLException {
        boolean touchesLike = judgment == null || judgment == Judgment.LIKED;
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT OR REPLACE INTO remote_verdicts(track_urn, verdict, queued_at, like_done, playlists_done) VALUES (?, ?, ?, ?, 0)")) {
            ps.setString(1, trackUrn);
            ps.setString(2, judgment == null ? "clear" : judgment.word());
            ps.setLong(3, at);
            ps.setInt(4, touchesLike ? 0 : 1);
            ps.executeUpdate();
        }
    }

    /** A later verdict kept locally only: the listener's word changed, so what was queued for the track is not sent. */
    public static void cancel(Connection c, String trackUrn) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM remote_verdicts WHERE track_urn = ?")) {
            ps.setString(1, trackUrn);
            ps.executeUpdate();
        }
    }

    /** The queued verdicts of {@code trackUrns}, oldest first. */
    public static List<Queued> of(Connection c, Collection<String> trackUrns) throws SQLException {
        List<Queued> out = new ArrayList<>();
        List<String> urns = new ArrayList<>(new LinkedHashSet<>(trackUrns));
        for (int from = 0; from < urns.size(); from += 500) {
            List<String> chunk = urns.subList(from, Math.min(urns.size(), from + 500));
            try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE track_urn IN (" + "?,".repeat(chunk.size() - 1) + "?)")) {
                for (int i = 0; i < chunk.size(); i++) ps.setString(i + 1, chunk.get(i));
                read(ps, out);
            }
        }
        out.sort(java.util.Comparator.comparingLong(Queued::id));
        return out;
    }

    /** The oldest {@code limit} queued verdicts. */
    public static List<Queued> oldest(Connection c, int limit) throws SQLException {
        List<Queued> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(SELECT + " ORDER BY id LIMIT ?")) {
            ps.setInt(1, limit);
            read(ps, out);
        }
        return out;
    }

    /** How many verdicts wait. */
    public static int count(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM remote_verdicts"); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** The like or unlike of the verdict {@code id} went out; a verdict queued since for the track is left alone. */
    public static void likeDone(Connection c, long id) throws SQLException {
        done(c, "UPDATE remote_verdicts SET like_done = 1 WHERE id = ?", id);
    }

    /** The judgment playlists hold the verdict {@code id}'s track as it says. */
    public static void playlistsDone(Connection c, long id) throws SQLException {
        done(c, "UPDATE remote_verdicts SET playlists_done = 1 WHERE id = ?", id);
    }

    /** The verdict {@code id} cannot be written (SoundCloud refused it for good): it leaves the queue. */
    public static void drop(Connection c, long id) throws SQLException {
        done(c, "DELETE FROM remote_verdicts WHERE id = ?", id);
    }

    /**
     * Takes one write of the rolling window's {@code budget}: true, and the write is counted from {@code now}, when
     * fewer than {@code budget} were counted since {@code windowStart}. Call inside one write transaction, so that
     * processes sharing the database never take more than the budget together.
     */
    public static boolean take(Connection c, long now, long windowStart, int budget, String what) throws SQLException {
        if (sentSince(c, windowStart) >= budget) return false;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO remote_sends(at, what) VALUES (?, ?)")) {
            ps.setLong(1, now);
            ps.setString(2, what);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM remote_sends WHERE at < ?")) {
            ps.setLong(1, windowStart - 7L * 24 * 3600 * 1000); // a week past the window: nothing reads them
            ps.executeUpdate();
        }
        return true;
    }

    /** Writes counted since {@code since}. */
    public static int sentSince(Connection c, long since) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM remote_sends WHERE at >= ?")) {
            ps.setLong(1, since);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    /**
     * The time of the {@code n}th newest write counted since {@code since} (1 = the newest), or null when fewer were:
     * with a budget of b spent, the window frees a write when the b-th newest leaves it.
     */
    public static Long nthNewestSince(Connection c, long since, int n) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT at FROM remote_sends WHERE at >= ? ORDER BY at DESC LIMIT 1 OFFSET ?")) {
            ps.setLong(1, since);
            ps.setInt(2, n - 1);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    /** A later sync owes the push of {@code playlist} (kept from the first deferral). */
    public static void deferPush(Connection c, String playlist, long at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO deferred_pushes(playlist, deferred_at) VALUES (?, ?)")) {
            ps.setString(1, playlist);
            ps.setLong(2, at);
            ps.executeUpdate();
        }
    }

    /** The push of {@code playlist} went out. */
    public static void pushed(Connection c, String playlist) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM deferred_pushes WHERE playlist = ?")) {
            ps.setString(1, playlist);
            ps.executeUpdate();
        }
    }

    /** The playlists whose push a later sync owes. */
    public static Set<String> deferredPushes(Connection c) throws SQLException {
        Set<String> out = new LinkedHashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT playlist FROM deferred_pushes ORDER BY deferred_at");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }

    private static final String SELECT = "SELECT id, track_urn, verdict, queued_at, like_done, playlists_done FROM remote_verdicts";

    private static void read(PreparedStatement ps, List<Queued> out) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String v = rs.getString(3);
                out.add(new Queued(rs.getLong(1), rs.getString(2), "clear".equals(v) ? null : Judgment.ofWord(v), rs.getLong(4),
                        rs.getInt(5) == 1, rs.getInt(6) == 1));
            }
        }
    }

    private static void done(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM remote_verdicts WHERE id = ? AND like_done = 1 AND playlists_done = 1")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }
}
