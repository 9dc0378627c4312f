package org.musicminion.discover.sync;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * What a sync run did, printed as its JSON summary: one part per source, what the merge added, the judgments
 * imported, the playlists pushed, and the run's cost. The JSON keeps the flat names scripts read:
 * {@code artists} is the number of followed artists; {@code artists_due} those due by their check interval,
 * {@code artists_fetched} those whose lists were read (the due ones, or all with --all / --full),
 * {@code artists_skipped} those left for a later run; {@code artists_reposts_swept} those of the skipped ones
 * whose reposts list alone was read, its last sweep being longer ago than {@code sync.sweep_interval_hours} (the
 * feed on) ({@link SweepSummary}). {@code reposts} / {@code likes} are the source rows new in this run (an artist
 * reposting / liking a track not recorded for them before); {@code lists_skipped} counts artist lists that
 * answered 404. {@code incomplete_lists} names the lists that could not be read completely (exit 5): nothing of
 * them is merged and their artists are not counted as fetched, so they stay due (the stream, when it cannot be
 * read, is listed too: its checkpoint stays). {@code playlist} / {@code mixes} are the pushed playlists (or what
 * a dry run would push). {@code feed} is what the stream brought ({@link FeedSummary}; null with the feed off or
 * --no-feed); its new reposts are counted in {@code reposts} too. {@code related} is what the related source brought
 * ({@link RelatedSource.Summary}), present only with {@code sync.related = true}.
 */
@JsonPropertyOrder({"artists", "artists_due", "artists_fetched", "artists_skipped", "artists_reposts_swept", "requests", "tracks_new",
        "tracks_updated", "reposts", "likes", "feed", "related", "judgments", "playlist", "mixes", "lists_skipped", "incomplete_lists", "dry_run",
        "duration_ms"})
public record SyncSummary(@JsonIgnore SweepSummary sweep, FeedSummary feed,
                          @JsonInclude(JsonInclude.Include.NON_NULL) RelatedSource.Summary related, @JsonIgnore Merged merged, JudgmentCounts judgments,
                          @JsonIgnore Pushed pushed, List<IncompleteList> incomplete_lists, boolean dry_run, @JsonIgnore Cost cost) {

    /** What the merge added: tracks first stored, tracks whose metadata changed, new repost and like links. */
    public record Merged(int tracksNew, int tracksUpdated, int reposts, int likes) {
    }

    /** The playlists pushed (or a dry run's preview); null each when not pushed. */
    public record Pushed(PlaylistResult playlist, PlaylistResult mixes) {
        static final Pushed NONE = new Pushed(null, null);
    }

    /** The run's requests and duration so far. */
    public record Cost(long requests, long durationMs) {
    }

    public SyncSummary {
        incomplete_lists = List.copyOf(incomplete_lists);
    }

    /** The sources' parts as they summarize themselves ({@link SyncSource.Reading#summarize}); a source not run leaves its part empty. */
    static final class Parts {
        private SweepSummary sweep = SweepSummary.NONE;
        private FeedSummary feed;
        private RelatedSource.Summary related;

        void sweep(SweepSummary s) {
            sweep = s;
        }

        void feed(FeedSummary f) {
            feed = f;
        }

        void related(RelatedSource.Summary r) {
            related = r;
        }

        SyncSummary summary(Merged merged, JudgmentCounts judgments, List<IncompleteList> incomplete, boolean dryRun, Cost cost) {
            return new SyncSummary(sweep, feed, related, merged, judgments, Pushed.NONE, incomplete, dryRun, cost);
        }
    }

    SyncSummary withPlaylists(Pushed p, Cost c) {
        return new SyncSummary(sweep, feed, related, merged, judgments, p, incomplete_lists, dry_run, c);
    }

    @JsonProperty("artists")
    public int artists() {
        return sweep.artists();
    }

    @JsonProperty("artists_due")
    public int artists_due() {
        return sweep.due();
    }

    @JsonProperty("artists_fetched")
    public int artists_fetched() {
        return sweep.fetched();
    }

    @JsonProperty("artists_skipped")
    public int artists_skipped() {
        return sweep.skipped();
    }

    @JsonProperty("artists_reposts_swept")
    public int artists_reposts_swept() {
        return sweep.repostsSwept();
    }

    @JsonProperty("lists_skipped")
    public int lists_skipped() {
        return sweep.listsSkipped();
    }

    @JsonProperty("requests")
    public long requests() {
        return cost.requests();
    }

    @JsonProperty("duration_ms")
    public long duration_ms() {
        return cost.durationMs();
    }

    @JsonProperty("tracks_new")
    public int tracks_new() {
        return merged.tracksNew();
    }

    @JsonProperty("tracks_updated")
    public int tracks_updated() {
        return merged.tracksUpdated();
    }

    @JsonProperty("reposts")
    public int reposts() {
        return merged.reposts();
    }

    @JsonProperty("likes")
    public int likes() {
        return merged.likes();
    }

    @JsonProperty("playlist")
    public PlaylistResult playlist() {
        return pushed.playlist();
    }

    @JsonProperty("mixes")
    public PlaylistResult mixes() {
        return pushed.mixes();
    }
}
