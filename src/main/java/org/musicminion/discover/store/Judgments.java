package org.musicminion.discover.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.musicminion.discover.Judgment;

/**
 * The {@code judgments} table: one {@link Judgment} per track (stored as its word) with its {@link Origin}
 * and when it was made; and {@code judgment_clears}, the listener's clears, which the import respects.
 */
public final class Judgments {
    /** Where a stored verdict came from, stored as its word. */
    public enum Origin {
        /** The user's word through {@code judge}; sync's import never overwrites it. */
        LOCAL("local"),
        /** Imported by sync from the account's judgment playlists and likes. */
        SOUNDCLOUD("soundcloud"),
        /** Imported by sync from Music Minion's database (the player's like, love, archive or discovery status). */
        MUSIC_MINION("music-minion");

        private final String word;

        Origin(String word) {
            this.word = word;
        }

        /** The stored word. */
        public String word() {
            return word;
        }

        /** The origin stored as {@code word}; null for a word this version does not know. */
        static Origin ofWord(String word) {
            for (Origin o : values()) if (o.word.equals(word)) return o;
            return null;
        }
    }

    private Judgments() {}

    /** One stored verdict. */
    public record Stored(String trackUrn, Judgment value, Origin origin, long judgedAt) {
        public boolean local() {
            return origin == Origin.LOCAL;
        }
    }

    /** Every stored judgment by track URN. */
    public static Map<String, Stored> all(Connection c) throws SQLException {
        Map<String, Stored> all = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT track_urn, value, origin, judged_at FROM judgments");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) all.put(rs.getString(1), stored(rs));
        }
        return all;
    }

    /** The judgment of one track, or null. */
    public static Stored get(Connection c, String trackUrn) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT track_urn, value, origin, judged_at FROM judgments WHERE track_urn = ?")) {
            ps.setString(1, trackUrn);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? stored(rs) : null;
            }
        }
    }

    /** Stores (inserting or replacing) the given judgments in one batch; a local one ends its track's clear. */
    public static void put(Connection c, List<Stored> judgments) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM judgment_clears WHERE track_urn = ?")) {
            for (Stored j : judgments) {
                if (!j.local()) continue;
                ps.setString(1, j.trackUrn());
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO judgments(track_urn, value, origin, judged_at) VALUES (?, ?, ?, ?)"
                + " ON CONFLICT(track_urn) DO UPDATE SET value = excluded.value, origin = excluded.origin, judged_at = excluded.judged_at")) {
            Batch batch = new Batch(ps);
            for (Stored j : judgments) {
                ps.setString(1, j.trackUrn());
                ps.setString(2, j.value().word());
                ps.setString(3, j.origin().word());
                ps.setLong(4, j.judgedAt());
                batch.add(null);
            }
            batch.finish();
        }
    }

    private static Stored stored(ResultSet rs) throws SQLException {
        return new Stored(rs.getString(1), Judgment.ofWord(rs.getString(2)), Origin.ofWord(rs.getString(3)), rs.getLong(4));
    }

    /**
     * The listener cleared a track's judgment ({@code judge --as clear}): the judgment goes, and the clear
     * is kept (with its time) so sync's import does not bring it back. True when there was a judgment.
     */
    public static boolean clear(Connection c, String trackUrn, long at) throws SQLException {
        try (PreparedStatement tombstone = c.prepareStatement("INSERT INTO judgment_clears(track_urn, cleared_at) VALUES (?, ?)"
                + " ON CONFLICT(track_urn) DO UPDATE SET cleared_at = excluded.cleared_at")) {
            tombstone.setString(1, trackUrn);
            tombstone.setLong(2, at);
            tombstone.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM judgments WHERE track_urn = ?")) {
            ps.setString(1, trackUrn);
            return ps.executeUpdate() > 0;
        }
    }

    /** The tracks whose judgment the listener cleared and has not judged since: sync's import leaves them unjudged. */
    public static Set<String> cleared(Connection c) throws SQLException {
        Set<String> urns = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT track_urn FROM judgment_clears"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) urns.add(rs.getString(1));
        }
        return urns;
    }
}
