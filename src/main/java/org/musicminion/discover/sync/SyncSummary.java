package org.musicminion.discover.sync;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a sync run did: the sweep's part, every other source's part, what the merge added, the judgments imported,
 * the playlists pushed, and the run's cost. Printed as its flat {@link Wire} record, the names scripts read:
 * {@code artists} is the number of followed artists; {@code artists_due} those due by their check interval,
 * {@code artists_fetched} those whose lists were read (the due ones, or all with --all / --full),
 * {@code artists_skipped} those left for a later run; {@code artists_reposts_swept} those of the skipped ones
 * whose reposts list alone was read, its last sweep being longer ago than {@code sync.sweep_interval_hours} (the
 * feed on) ({@link SweepSummary}). {@code reposts} / {@code likes} are the source rows new in this run (an artist
 * reposting / liking a track not recorded for them before); {@code lists_skipped} counts artist lists that
 * answered 404. {@code incomplete_lists} names the lists that could not be read completely (exit 5): nothing of
 * them is merged and their artists are not counted as fetched, so they stay due (the stream, when it cannot be
 * read, is listed too: its checkpoint stays). {@code playlist} / {@code mixes} are the pushed playlists (or what
 * a dry run would push). Between {@code likes} and {@code judgments} come the other sources' parts, each under its
 * name in the order the sources ran ({@link SourceParts}): {@code feed} is what the stream brought
 * ({@link FeedSummary}; null with the feed off or --no-feed; its new reposts are counted in {@code reposts} too),
 * {@code related} what the related source brought ({@link RelatedSource.Summary}; present only when it ran).
 * {@code remote_writes} is what the run wrote to SoundCloud of the verdicts queued for the day's write budget
 * ({@link RemoteWrites}).
 */
public record SyncSummary(SweepSummary sweep, SourceParts sources, Merged merged, JudgmentCounts judgments, Pushed pushed,
                          RemoteWrites remoteWrites, List<IncompleteList> incompleteLists, boolean dryRun, Cost cost) {

    /** The summary as JSON carries it, flat, in this order ({@code head}'s, the sources' and {@code tail}'s fields at the top level). */
    public record Wire(@JsonUnwrapped Head head, @JsonUnwrapped SourceParts sources, JudgmentCounts judgments, PlaylistResult playlist,
                       PlaylistResult mixes, @JsonInclude(JsonInclude.Include.NON_NULL) RemoteWrites remoteWrites, @JsonUnwrapped Tail tail) {
        /** The fields before the sources' parts. */
        public record Head(int artists, int artistsDue, int artistsFetched, int artistsSkipped, int artistsRepostsSwept, long requests,
                           int tracksNew, int tracksUpdated, int reposts, int likes) {
        }

        /** The fields after {@code mixes}. */
        public record Tail(int listsSkipped, List<IncompleteList> incompleteLists, boolean dryRun, long durationMs) {
        }
    }

    /**
     * The sources' parts besides the sweep's, by name (the wire's key) in the order the sources ran; a part may be null
     * (the stream off prints {@code "feed": null}). Written in place, each part a top-level field of the summary.
     */
    public record SourceParts(@JsonAnyGetter Map<String, Object> byName) {
        public SourceParts {
            byName = Collections.unmodifiableMap(new LinkedHashMap<>(byName));
        }

        /** The part of type {@code type}, or null when no source put one (or put null). */
        public <T> T get(Class<T> type) {
            for (Object part : byName.values()) if (type.isInstance(part)) return type.cast(part);
            return null;
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

    /** The sources' parts as they summarize themselves ({@link SyncSource.Reading#summarize}); a source not run leaves none. */
    static final class Parts {
        private SweepSummary sweep = SweepSummary.NONE;
        private final Map<String, Object> byName = new LinkedHashMap<>();

        /** The sweep's part: the summary's top-level artist counts. */
        void sweep(SweepSummary s) {
            sweep = s;
        }

        /** A source's part, printed under {@code name}; one name per source. */
        void put(String name, Object part) {
            if (byName.containsKey(name)) throw new IllegalStateException("two summary parts named " + name);
            byName.put(name, part);
        }

        SyncSummary summary(Merged merged, JudgmentCounts judgments, List<IncompleteList> incomplete, boolean dryRun, Cost cost) {
            return new SyncSummary(sweep, new SourceParts(byName), merged, judgments, Pushed.NONE, null, incomplete, dryRun, cost);
        }
    }

    SyncSummary withPlaylists(Pushed p, Cost c) {
        return new SyncSummary(sweep, sources, merged, judgments, p, remoteWrites, incompleteLists, dryRun, c);
    }

    SyncSummary withRemoteWrites(RemoteWrites w) {
        return new SyncSummary(sweep, sources, merged, judgments, pushed, w, incompleteLists, dryRun, cost);
    }

    /** What JSON carries (Jackson and JsonStream alike write this instead of the parts). */
    @JsonValue
    public Wire wire() {
        return new Wire(new Wire.Head(artists(), artistsDue(), artistsFetched(), artistsSkipped(), artistsRepostsSwept(), requests(),
                tracksNew(), tracksUpdated(), reposts(), likes()), sources, judgments, playlist(), mixes(), remoteWrites,
                new Wire.Tail(listsSkipped(), incompleteLists, dryRun, durationMs()));
    }

    /** The part of type {@code type} a source put, or null (none, or the source put null). */
    public <T> T part(Class<T> type) {
        return sources.get(type);
    }

    /** The stream's part; null when the stream was off. */
    public FeedSummary feed() {
        return part(FeedSummary.class);
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
