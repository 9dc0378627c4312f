package org.musicminion.discover.sync;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a sync run did: one part per source, what the merge added, the judgments imported, the playlists
 * pushed, and the run's cost. Printed as its flat {@link Wire} record, the names scripts read:
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
 * ({@link RelatedSource.Summary}), present only with {@code sync.related = true}. {@code remote_writes} is what the run
 * wrote to SoundCloud of the verdicts queued for the day's write budget ({@link RemoteWrites}).
 */
public record SyncSummary(SweepSummary sweep, FeedSummary feed, RelatedSource.Summary related, Merged merged, JudgmentCounts judgments, Pushed pushed,
                          RemoteWrites remoteWrites, List<IncompleteList> incompleteLists, boolean dryRun, Cost cost) {

    /**
     * The summary as JSON carries it, flat, in this order ({@code head}'s and {@code tail}'s fields at the top level);
     * {@code related} only when that source ran.
     */
    public record Wire(@JsonUnwrapped Head head, FeedSummary feed, @JsonInclude(JsonInclude.Include.NON_NULL) RelatedSource.Summary related,
                       JudgmentCounts judgments, PlaylistResult playlist, PlaylistResult mixes,
                       @JsonInclude(JsonInclude.Include.NON_NULL) RemoteWrites remoteWrites, @JsonUnwrapped Tail tail) {
        /** The fields before {@code feed}. */
        public record Head(int artists, int artistsDue, int artistsFetched, int artistsSkipped, int artistsRepostsSwept, long requests,
                           int tracksNew, int tracksUpdated, int reposts, int likes) {
        }

        /** The fields after {@code mixes}. */
        public record Tail(int listsSkipped, List<IncompleteList> incompleteLists, boolean dryRun, long durationMs) {
        }
    }

    /** What the merge added: tracks first stored, tracks whose metadata changed, new repost and like links. */
    public record Merged(int tracksNew, int tracksUpdated, int reposts, int likes) {
    }

    /** The playlists pushed (or a dry run's preview); null each when not pushed. */
    public record Pushed(PlaylistResult playlist, PlaylistResult mixes) {
        static final Pushed NONE = new Pushed(null, null);
    }

    /**
     * Verdicts queued for SoundCloud ({@code judge --remote} beyond the day's write budget): {@code sent} written in this
     * run, {@code queued} still waiting after it, {@code failed} failing in it; {@code frees_at} when the budget
     * ({@code http.max_writes_per_day}) allows the next write, null while some are left.
     */
    @JsonPropertyOrder({"sent", "queued", "failed", "frees_at"})
    public record RemoteWrites(int sent, int queued, int failed, String freesAt) {
    }

    /** The run's requests and duration so far. */
    public record Cost(long requests, long durationMs) {
    }

    public SyncSummary {
        incompleteLists = List.copyOf(incompleteLists);
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
            return new SyncSummary(sweep, feed, related, merged, judgments, Pushed.NONE, null, incomplete, dryRun, cost);
        }
    }

    SyncSummary withPlaylists(Pushed p, Cost c) {
        return new SyncSummary(sweep, feed, related, merged, judgments, p, remoteWrites, incompleteLists, dryRun, c);
    }

    SyncSummary withRemoteWrites(RemoteWrites w) {
        return new SyncSummary(sweep, feed, related, merged, judgments, pushed, w, incompleteLists, dryRun, cost);
    }

    /** What JSON carries (Jackson and JsonStream alike write this instead of the parts). */
    @JsonValue
    public Wire wire() {
        return new Wire(new Wire.Head(artists(), artistsDue(), artistsFetched(), artistsSkipped(), artistsRepostsSwept(), requests(),
                tracksNew(), tracksUpdated(), reposts(), likes()), feed, related, judgments, playlist(), mixes(), remoteWrites,
                new Wire.Tail(listsSkipped(), incompleteLists, dryRun, durationMs()));
    }

    public int artists() {
        return sweep.artists();
    }

    public int artistsDue() {
        return sweep.due();
    }

    public int artistsFetched() {
        return sweep.fetched();
    }

    public int artistsSkipped() {
        return sweep.skipped();
    }

    public int artistsRepostsSwept() {
        return sweep.repostsSwept();
    }

    public int listsSkipped() {
        return sweep.listsSkipped();
    }

    public long requests() {
        return cost.requests();
    }

    public long durationMs() {
        return cost.durationMs();
    }

    public int tracksNew() {
        return merged.tracksNew();
    }

    public int tracksUpdated() {
        return merged.tracksUpdated();
    }

    public int reposts() {
        return merged.reposts();
    }

    public int likes() {
        return merged.likes();
    }

    public PlaylistResult playlist() {
        return pushed.playlist();
    }

    public PlaylistResult mixes() {
        return pushed.mixes();
    }
}
