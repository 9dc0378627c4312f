package org.musicminion.discover.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Adds rows to a prepared statement's batch and executes it every {@link IndexStore#BATCH} rows,
 * keeping each row's update count with a caller's tag (e.g. to count rows actually inserted).
 */
final class Batch {
    record Done(Object tag, int count) {
    }

    private final PreparedStatement ps;
    private final List<Object> pending = new ArrayList<>();
    private final List<Done> done = new ArrayList<>();

    Batch(PreparedStatement ps) {
        this.ps = ps;
    }

    void add(Object tag) throws SQLException {
        ps.addBatch();
        pending.add(tag);
        if (pending.size() >= IndexStore.BATCH) flush();
    }

    List<Done> finish() throws SQLException {
        flush();
        return done;
    }

    private void flush() throws SQLException {
        if (pending.isEmpty()) return;
        int[] counts = ps.executeBatch();
        for (int i = 0; i < counts.length; i++) done.add(new Done(pending.get(i), counts[i]));
        pending.clear();
    }
}
