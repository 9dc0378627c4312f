package org.musicminion.discover.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.util.Collection;
import java.util.Optional;

/**
 * The resolve cache: one row per normalized input URL in {@code resolve_answers} with the answer
 * ({@code resolved} with kind/id/urn, or {@code not_found}) and when it was given. Saved in
 * batches, one transaction each. Use from one thread at a time (like {@link Database}).
 */
public final class ResolveAnswers {
    private final Database db;

    public ResolveAnswers(Database db) {
        this.db = db;
    }

    /** One cached answer; {@code kind}, {@code id}, {@code urn} are null for not_found. */
    public record Answer(String input, String status, String kind, Long id, String urn, long answeredAt) {
        public Answer {
            if (!status.equals("resolved") && !status.equals("not_found")) {
                throw new IllegalArgumentException("status must be resolved or not_found: " + status);
            }
        }
    }

    /** The answer stored for the normalized input {@code input}, if any. */
    public Optional<Answer> find(String input) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT status, kind, id, urn, answered_at FROM resolve_answers WHERE input = ?")) {
                ps.setString(1, input);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) return Optional.empty();
                    long id = rs.getLong(3);
                    Long boxed = rs.wasNull() ? null : id;
                    return Optional.of(new Answer(input, rs.getString(1), rs.getString(2), boxed, rs.getString(4), rs.getLong(5)));
                }
            }
        });
    }

    /** Stores (or replaces) {@code answers} in one transaction. */
    public void saveAll(Collection<Answer> answers) {
        if (answers.isEmpty()) return;
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO resolve_answers (input, status, kind, id, urn, answered_at) VALUES (?, ?, ?, ?, ?, ?)"
                            + " ON CONFLICT(input) DO UPDATE SET status = excluded.status, kind = excluded.kind,"
                            + " id = excluded.id, urn = excluded.urn, answered_at = excluded.answered_at")) {
                for (Answer a : answers) {
                    ps.setString(1, a.input());
                    ps.setString(2, a.status());
                    ps.setString(3, a.kind());
                    if (a.id() == null) ps.setNull(4, Types.INTEGER);
                    else ps.setLong(4, a.id());
                    ps.setString(5, a.urn());
                    ps.setLong(6, a.answeredAt());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /** How many answers are stored. */
    public long count() {
        return db.read(c -> {
            try (var s = c.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM resolve_answers")) {
                return rs.getLong(1);
            }
        });
    }
}
