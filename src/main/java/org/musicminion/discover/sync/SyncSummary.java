package org.musicminion.discover.sync;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * What a sync run did, printed as its JSON summary. {@code artists} is the number of followed
 * artists; {@code artists_due} those due by their check interval, {@code artists_fetched} those whose
 * lists were read (the due ones, or all with --all / --full), {@code artists_skipped} those left for a
 * later run; {@code artists_reposts_swept} those of the skipped ones whose reposts list alone was read, its last
 * sweep being longer ago than {@code sync.sweep_interval_hours} (the feed on). {@code reposts} / {@code likes} are the source rows new in this run (an artist reposting /
 * liking a track not recorded for them before); {@code lists_skipped} counts artist lists that answered
 * 404. {@code incomplete_lists} names the lists that could not be read completely (exit 5): nothing of
 * them is merged and their artists are not counted as fetched, so they stay due (the stream, when it
 * cannot be read, is listed too: its checkpoint stays). {@code playlist} / {@code mixes} are the pushed
 * playlists (or what a dry run would push). {@code feed} is what the stream brought ({@link FeedSummary};
 * null with the feed off or --no-feed); its new reposts are counted in {@code reposts} too.
 */
@JsonPropertyOrder({"artists", "artists_due", "artists_fetched", "artists_skipped", "artists_reposts_swept", "requests", "tracks_new", "tracks_updated",
        "reposts", "likes", "feed", "judgments", "playlist", "mixes", "lists_skipped", "incomplete_lists", "dry_run", "duration_ms"})
public record SyncSummary(int artists, int artistsDue, int artistsFetched, int artistsSkipped, long requests, int tracksNew,
                          int tracksUpdated, int reposts, int likes, JudgmentCounts judgments, PlaylistResult playlist,
                          PlaylistResult mixes, int listsSkipped, java.util.List<IncompleteList> incompleteLists, boolean dryRun,
                          long durationMs, FeedSummary feed, int artistsRepostsSwept) {

    SyncSummary withPlaylists(PlaylistResult p, PlaylistResult m, long requests, long durationMs) {
        return new SyncSummary(artists, artistsDue, artistsFetched, artistsSkipped, requests, tracksNew, tracksUpdated,
                reposts, likes, judgments, p, m, listsSkipped, incompleteLists, dryRun, durationMs, feed, artistsRepostsSwept);
    }
}
