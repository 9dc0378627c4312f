package org.musicminion.discover.judge;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.musicminion.discover.Judgment;
import org.musicminion.discover.store.Database;
import org.musicminion.discover.store.IndexStore;
import org.musicminion.discover.store.Judgments;
import org.musicminion.discover.store.RemoteWrites;

/**
 * Records the listener's own verdicts: all changes of one `judge` call in one transaction, each
 * stored with origin {@code local} (sync's import never overwrites those) and its time; a clear is kept
 * too, so the import does not bring back what the listener cleared. With --remote each verdict is queued for
 * SoundCloud in the same transaction (before any request: a process killed later loses none); without, a verdict
 * still queued for the track is dropped (the listener's word changed since).
 */
public final class LocalJudgments {
    private final Database db;

    public LocalJudgments(Database db) {
        this.db = db;
    }

    /** One applied verdict: the judgment before (null if none) and whether the index knows the track. */
    public record Change(String urn, Judgment judgment, Judgment previous, boolean inIndex) {}

    /**
     * Applies {@code verdict} to every URN in one BEGIN IMMEDIATE transaction, in order; {@code remote}: queued for
     * SoundCloud too.
     */
    public List<Change> apply(List<String> urns, Verdict verdict, Instant now, boolean remote) {
        long at = now.toEpochMilli();
        return db.write(c -> {
            List<Change> changes = new ArrayList<>(urns.size());
            for (String urn : urns) {
                // row by row inside the one transaction (still fast), so the same URN twice in one
                // pipe reports the first change as the second one's previous
                Judgments.Stored before = Judgments.get(c, urn);
                if (verdict == Verdict.CLEAR) {
                    Judgments.clear(c, urn, at);
                } else {
                    Judgments.put(c, List.of(new Judgments.Stored(urn, verdict.judgment(), Judgments.Origin.LOCAL, at)));
                }
                if (remote) RemoteWrites.queue(c, urn, verdict.judgment(), at);
                else RemoteWrites.cancel(c, urn);
                changes.add(new Change(urn, verdict.judgment(), before == null ? null : before.value(),
                        IndexStore.hasTrack(c, urn)));
            }
            return changes;
        });
    }
}
