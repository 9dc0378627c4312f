package org.musicminion.discover.sync;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.musicminion.discover.SourceKind;
import org.musicminion.discover.store.FeedState;
import org.musicminion.discover.store.IndexStore;

/**
 * The stream's reading: what the read found ({@code read}; null when it failed), the links it brings for
 * followed artists, the checkpoint before and the one to write with the merge (null: leave it), and the
 * failure to report ({@code error}; null when the read succeeded). Immutable.
 */
record FeedRun(FeedReader.Result read, List<IndexStore.FeedLink> links, Long checkpointBefore, Long checkpointAfter,
               String error) implements SyncSource.Reading {
    FeedRun {
        links = List.copyOf(links);
    }

    static FeedRun failed(Long checkpoint, String error) {
        return new FeedRun(null, List.of(), checkpoint, null, error);
    }

    /** True when the stream was read to the window's start, the end of the stream, or the page cap. */
    boolean succeeded() {
        return error == null;
    }

    @Override
    public List<IndexStore.FeedLink> exactLinks() {
        return links;
    }

    @Override
    public List<IncompleteList> incomplete() {
        return succeeded() ? List.of() : List.of(new IncompleteList(FeedSource.PATH, error));
    }

    /** The checkpoint moves only with a successful read, in the merge's transaction (a failed merge leaves it too). */
    @Override
    public void apply(Connection c, IndexStore.MergeCounts counts, long now) throws SQLException {
        if (succeeded() && checkpointAfter != null) FeedState.setCheckpoint(c, checkpointAfter, now);
    }

    @Override
    public void summarize(SyncSummary.Parts parts, IndexStore.MergeCounts counts) {
        parts.put(FeedSource.PART, FeedSummary.of(this, counts.addedExact(SourceKind.REPOST), counts.addedExact(SourceKind.UPLOAD)));
    }
}
