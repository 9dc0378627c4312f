package org.musicminion.discover.judge;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.musicminion.discover.store.Database;

/**
 * Records the listener's own verdicts: all changes of one `judge` call in one transaction, each
 * stored with origin {@code local} (sync's import never overwrites those) and its time.
 */
public final class LocalJudgments {
    private final Database db;

    public LocalJudgments(Database db) {
        this.db = db;
    }

    /** One applied verdict: the judgment before (null if none) and whether the index knows the track. */
    public record Change(String urn, String judgment, String previous, boolean inIndex) {}

    /** Applies {@code verdict} to every URN in one BEGIN IMMEDIATE transaction, in order. */
    public List<Change> apply(List<String> urns, Verdict verdict, Instant now) {
        return db.write(c -> {
            List<Change> changes = new ArrayList<>(urns.size());
            try (PreparedStatement prev = c.prepareStatement("SELECT value FROM judgments WHERE track_urn = ?");
                 PreparedStatement known = c.prepareStatement("SELECT 1 FROM tracks WHERE urn = ?");
                 PreparedStatement upsert = c.prepareStatement(
                         "INSERT INTO judgments(track_urn, value, origin, judged_at) VALUES (?, ?, 'local', ?)"
                                 + " ON CONFLICT(track_urn) DO UPDATE SET value = excluded.value,"
                                 + " origin = 'local', judged_at = excluded.judged_at");
                 PreparedStatement delete = c.prepareStatement("DELETE FROM judgments WHERE track_urn = ?")) {
                for (String urn : urns) {
                    String previous = single(prev, urn);
                    boolean inIndex = single(known, urn) != null;
                    // executed row by row (inside the one transaction, so still fast) so that the same
                    // URN twice in one pipe reports the first change as the second one's previous
                    if (verdict == Verdict.CLEAR) {
                        delete.setString(1, urn);
                        delete.executeUpdate();
                    } else {
                        upsert.setString(1, urn);
                        upsert.setString(2, verdict.judgment());
                        upsert.setLong(3, now.toEpochMilli());
                        upsert.executeUpdate();
                    }
                    changes.add(new Change(urn, verdict.judgment(), previous, inIndex));
                }
            }
            return changes;
        });
    }

    /** The current judgment of a track, or null. */
    public String current(String urn) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT value FROM judgments WHERE track_urn = ?")) {
                return single(ps, urn);
            }
        });
    }

    private static String single(PreparedStatement ps, String urn) throws SQLException {
        ps.setString(1, urn);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
