package org.musicminion.discover.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code sync_runs} table: one row per sync run, whatever its {@link Outcome}, with its requests, new tracks,
 * the JSON summary and the error text.
 */
public final class SyncRuns {
    /** How a run ended, stored (and printed by {@code history}) as its word. */
    public enum Outcome {
        OK("ok"),
        /** Committed, but some lists could not be read completely (the run exited 5). */
        PARTIAL("partial"),
        FAILED("failed"),
        INTERRUPTED("interrupted");

        private final String word;

        Outcome(String word) {
            this.word = word;
        }

        /** The stored word. */
        public String word() {
            return word;
        }

        /** The outcome stored as {@code word}; null for null or a word this version does not know. */
        static Outcome ofWord(String word) {
            for (Outcome o : values()) if (o.word.equals(word)) return o;
            return null;
        }
    }

    private SyncRuns() {}

    /** One run; {@code id} is 0 before it is stored. Times are epoch millis. */
    public record SyncRun(long id, long startedAt, Long finishedAt, Outcome outcome, long requests, Integer tracksNew,
                          String summaryJson, String error) {
        /** A run that ended before its merge was stored (failed or interrupted): no tracks, no summary, why it ended. */
        public static SyncRun unmerged(long startedAt, long finishedAt, Outcome outcome, long requests, String error) {
            return new SyncRun(0, startedAt, finishedAt, outcome, requests, null, null, error);
        }
    }

    /** Stores a run and returns its id. */
    public static long insert(Connection c, SyncRun r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO sync_runs(started_at, finished_at, outcome, requests,"
                + " tracks_new, summary, error) VALUES (?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, r.startedAt());
            if (r.finishedAt() == null) ps.setNull(2, Types.INTEGER);
            else ps.setLong(2, r.finishedAt());
            ps.setString(3, r.outcome().word());
            ps.setLong(4, r.requests());
            if (r.tracksNew() == null) ps.setNull(5, Types.INTEGER);
            else ps.setInt(5, r.tracksNew());
            IndexStore.setText(ps, 6, r.summaryJson());
            IndexStore.setText(ps, 7, r.error());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : 0;
            }
        }
    }

    /** Rewrites a stored run's end, outcome, requests, summary and error (after the playlist push). */
    public static void update(Connection c, long id, long finishedAt, Outcome outcome, long requests, String summaryJson,
                              String error) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE sync_runs SET finished_at = ?, outcome = ?, requests = ?,"
                + " summary = ?, error = ? WHERE id = ?")) {
            ps.setLong(1, finishedAt);
            ps.setString(2, outcome.word());
            ps.setLong(3, requests);
            IndexStore.setText(ps, 4, summaryJson);
            IndexStore.setText(ps, 5, error);
            ps.setLong(6, id);
            ps.executeUpdate();
        }
    }

    /** True when a run that started at {@code startedAt} is already stored. */
    public static boolean exists(Connection c, long startedAt) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM sync_runs WHERE started_at = ?")) {
            ps.setLong(1, startedAt);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** The newest {@code limit} runs, newest first. */
    public static List<SyncRun> recent(Connection c, int limit) throws SQLException {
        List<SyncRun> runs = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, started_at, finished_at, outcome, requests, tracks_new,"
                + " summary, error FROM sync_runs ORDER BY started_at DESC, id DESC LIMIT ?")) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long fin = rs.getLong(3);
                    Long finished = rs.wasNull() ? null : fin;
                    int tn = rs.getInt(6);
                    Integer tracksNew = rs.wasNull() ? null : tn;
                    runs.add(new SyncRun(rs.getLong(1), rs.getLong(2), finished, Outcome.ofWord(rs.getString(4)), rs.getLong(5), tracksNew,
                            rs.getString(7), rs.getString(8)));
                }
            }
        }
        return runs;
    }
}
