package org.musicminion.discover.sync;

import java.util.List;

import org.musicminion.discover.store.IndexStore;

/**
 * Sync's feed phase as planned: what the read found ({@code read}; null when it failed), the links it
 * brings for followed artists, the checkpoint before and the one to write with the merge (null: leave
 * it), and the failure to report ({@code error}; null when the read succeeded). Immutable.
 */
public record FeedRun(FeedReader.Result read, List<IndexStore.FeedLink> links, Long checkpointBefore, Long checkpointAfter,
                      String error) {
    public FeedRun {
        links = List.copyOf(links);
    }

    static FeedRun failed(Long checkpoint, String error) {
        return new FeedRun(null, List.of(), checkpoint, null, error);
    }

    /** True when the stream was read to the window's start, the end of the stream, or the page cap. */
    public boolean succeeded() {
        return error == null;
    }
}
