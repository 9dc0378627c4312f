package org.musicminion.discover.sync;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * What a sync run did, printed as its JSON summary. {@code reposts} / {@code likes} are the source
 * rows new in this run (an artist reposting / liking a track not recorded for them before);
 * {@code lists_skipped} counts artist lists that answered 404.
 */
@JsonPropertyOrder({"artists", "requests", "tracks_new", "tracks_updated", "reposts", "likes", "judgments", "playlist",
        "lists_skipped", "duration_ms"})
public record SyncSummary(int artists, long requests, int tracks_new, int tracks_updated, int reposts, int likes,
                          JudgmentCounts judgments, PlaylistResult playlist, int lists_skipped, long duration_ms) {

    SyncSummary withPlaylist(PlaylistResult p, long requests, long durationMs) {
        return new SyncSummary(artists, requests, tracks_new, tracks_updated, reposts, likes, judgments, p, lists_skipped, durationMs);
    }
}
