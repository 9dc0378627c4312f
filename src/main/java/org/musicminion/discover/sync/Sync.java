package org.musicminion.discover.sync;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import org.musicminion.discover.ExitException;
import org.musicminion.discover.Json;
import org.musicminion.discover.http.ApiClient;
import org.musicminion.discover.http.Pages;
import org.musicminion.discover.store.ArtistInfo;
import org.musicminion.discover.store.Database;
import org.musicminion.discover.store.IndexStore;
import org.musicminion.discover.store.SyncRuns;

/**
 * One sync run: followings → the chosen artists' reposts and likes → the user's judgments (all reads
 * first) → one write transaction (index merge, judgments, the run's row) → the discovery playlist
 * pushed when asked. A failed run rolls the merge back and still records a {@code failed} row.
 * The caller holds the {@link org.musicminion.discover.store.SyncLock}.
 */
public final class Sync {
    private final Database db;
    private final ApiClient api;
    private final SyncOptions options;
    private final Clock clock;
    private final Consumer<String> warn;
    private final Consumer<String> verbose;
    private final SyncProgress progress;
    private ArtistSelection selection = new ArtistSelection();
    private DiscoveryRanking ranking = new DiscoveryRanking();
    private Runnable beforeCommit = () -> {};
    private volatile long startedAt;
    private volatile boolean recorded;

    public Sync(Database db, ApiClient api, SyncOptions options, Clock clock, Consumer<String> warn,
                Consumer<String> verbose, SyncProgress progress) {
        this.db = db;
        this.api = api;
        this.options = options;
        this.clock = clock;
        this.warn = warn;
        this.verbose = verbose;
        this.progress = progress;
    }

    /** Runs inside the merge transaction just before the commit (tests inject failures here). */
    public Sync beforeCommit(Runnable r) {
        this.beforeCommit = r;
        return this;
    }

    public Sync selection(ArtistSelection s) {
        this.selection = s;
        return this;
    }

    public Sync ranking(DiscoveryRanking r) {
        this.ranking = r;
        return this;
    }

    /** When the current run started (epoch millis; 0 before {@link #run}). */
    public long startedAt() {
        return startedAt;
    }

    /** True once this run's row is in sync_runs (so an interrupt handler knows not to add one). */
    public boolean recorded() {
        return recorded;
    }

    public SyncSummary run() {
        long start = clock.millis();
        startedAt = start;
        long requestsBefore = api.requestCount();
        long runId;
        SyncSummary summary;
        try {
            List<ArtistInfo> followed = followings();
            ArtistSelection.Plan plan = selection.select(followed);
            List<SourceKind> kinds = new ArrayList<>();
            if (options.reposts()) kinds.add(SourceKind.REPOST);
            if (options.likes()) kinds.add(SourceKind.LIKE);
            progress.started(plan.due().size());
            ArtistFetch fetch = new ArtistFetch(api, options.pageSize(), options.concurrency(), this::known, warn, progress);
            ArtistFetch.Result fetched = kinds.isEmpty() ? new ArtistFetch.Result(List.of(), 0)
                    : fetch.fetch(plan.due(), kinds, options.full());
            progress.step("judgments");
            UserPlaylists playlists = UserPlaylists.fetch(api, options.pageSize());
            RemoteJudgments remote = new JudgmentImport(api, options.pageSize(), options.notInterestedPlaylist(),
                    options.notQuitePlaylist(), verbose).fetch(playlists);
            progress.step("merge");
            List<String> checked = plan.due().stream().map(ArtistInfo::urn).toList();
            IndexStore.MergeInput input = new IndexStore.MergeInput(followed, checked, fetched.lists());
            record Merged(long id, SyncSummary summary) {
            }
            Merged merged = db.write(c -> {
                long now = clock.millis();
                IndexStore.MergeCounts counts = IndexStore.merge(c, input, now);
                JudgmentCounts judgments = JudgmentImport.apply(c, remote, now);
                SyncSummary s = new SyncSummary(followed.size(), api.requestCount() - requestsBefore, counts.tracksNew(),
                        counts.tracksUpdated(), counts.reposts(), counts.likes(), judgments, null, fetched.skipped(),
                        clock.millis() - start);
                long id = SyncRuns.insert(c, new SyncRuns.SyncRun(0, start, clock.millis(), SyncRuns.OK, s.requests(),
                        s.tracks_new(), json(s), null));
                beforeCommit.run();
                return new Merged(id, s);
            });
            recorded = true;
            runId = merged.id();
            summary = merged.summary();
            if (!options.push()) return summary;
            progress.step("playlist");
            List<String> top = db.read(c -> ranking.top(c, options.maxTracks()));
            PlaylistResult pushed;
            try {
                pushed = new PlaylistPush(api).push(playlists, options.playlistTitle(), SyncOptions.PLAYLIST_TITLE_KEY, top);
            } catch (RuntimeException e) {
                finish(runId, summary.withPlaylist(null, api.requestCount() - requestsBefore, clock.millis() - start),
                        SyncRuns.FAILED, e.getMessage());
                throw e;
            }
            summary = summary.withPlaylist(pushed, api.requestCount() - requestsBefore, clock.millis() - start);
            finish(runId, summary, SyncRuns.OK, null);
            return summary;
        } catch (RuntimeException | Error e) {
            if (!recorded) recordFailure(start, api.requestCount() - requestsBefore, e);
            throw e;
        }
    }

    private Set<String> known(String artistUrn, SourceKind kind) {
        synchronized (db) {
            return db.read(c -> IndexStore.knownSources(c, artistUrn, kind.column()));
        }
    }

    private List<ArtistInfo> followings() {
        List<ArtistInfo> artists = new ArrayList<>();
        for (JsonNode u : Pages.of(api, "/me/followings", options.pageSize()).all()) {
            ArtistInfo a = Items.artist(u);
            if (a != null) artists.add(a);
        }
        return artists;
    }

    private void finish(long runId, SyncSummary s, String outcome, String error) {
        db.write(c -> {
            SyncRuns.update(c, runId, clock.millis(), outcome, s.requests(), json(s), error);
            return null;
        });
    }

    private void recordFailure(long start, long requests, Throwable e) {
        String outcome = e instanceof ExitException x && x.exitCode() == org.musicminion.discover.ExitCode.INTERRUPTED
                ? SyncRuns.INTERRUPTED : SyncRuns.FAILED;
        try {
            db.write(c -> SyncRuns.insert(c, new SyncRuns.SyncRun(0, start, clock.millis(), outcome, requests, null, null,
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())));
            recorded = true;
        } catch (RuntimeException suppressed) {
            e.addSuppressed(suppressed); // the database itself may be what failed
        }
    }

    static String json(Object o) {
        try {
            return Json.MAPPER.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
