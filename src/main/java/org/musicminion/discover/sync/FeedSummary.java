package org.musicminion.discover.sync;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The {@code feed} object of the sync summary: stream pages and items read, the new repost and upload
 * links it brought (links a sweep had already seen only gain their exact time and are not counted),
 * malformed items skipped, the checkpoint after the run (ISO-8601; null before any item was read), and
 * {@code error} when the stream could not be read (then the checkpoint stayed and the run exits 5).
 */
@JsonPropertyOrder({"pages", "items", "reposts", "uploads", "skipped", "checkpoint", "capped", "error"})
public record FeedSummary(int pages, int items, int reposts, int uploads, int skipped, String checkpoint, boolean capped, String error) {

    static FeedSummary of(FeedRun run, int reposts, int uploads) {
        Long cp = run.checkpointAfter() != null ? run.checkpointAfter() : run.checkpointBefore();
        String iso = cp == null ? null : Instant.ofEpochMilli(cp).toString();
        FeedReader.Result r = run.read();
        if (r == null) return new FeedSummary(0, 0, 0, 0, 0, iso, false, run.error());
        return new FeedSummary(r.pages(), r.itemsRead(), reposts, uploads, r.skipped(), iso, r.capped(), null);
    }
}
