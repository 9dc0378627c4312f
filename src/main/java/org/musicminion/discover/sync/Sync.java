package org.musicminion.discover.sync;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import org.musicminion.discover.config.Settings;
import org.musicminion.discover.ExitException;
import org.musicminion.discover.Json;
import org.musicminion.discover.http.ApiClient;
import org.musicminion.discover.http.ListIncompleteException;
import org.musicminion.discover.http.Pages;
import org.musicminion.discover.store.ArtistInfo;
import org.musicminion.discover.store.ArtistSchedule;
import org.musicminion.discover.store.Database;
import org.musicminion.discover.store.IndexStore;
import org.musicminion.discover.store.SyncRuns;

/**
 * One sync run: followings → the due artists' reposts and likes ({@link ArtistSelection}) → the user's
 * judgments and, when a playlist is planned, the tracks of their other playlists (all reads first) →
 * one write transaction (index merge, judgments, the artists' next checks, the run's row) → the
 * discovery and mixes playlists pushed when asked. A failed run rolls the merge back and still records
 * a {@code failed} row. A dry run does the same reads and computations in a transaction it rolls back.
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
    private ArtistSelection selection;
    private DiscoveryRanking ranking;
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
        this.selection = new ArtistSelection(options.all());
        this.ranking = new DiscoveryRanking(options.rules());
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
            Map<String, ArtistSchedule.Slot> schedule = db.read(ArtistSchedule::followed);
            ArtistSelection.Plan plan = selection.select(followed, schedule, start);
            List<SourceKind> kinds = new ArrayList<>();
            if (options.reposts()) kinds.add(SourceKind.REPOST);
            if (options.likes()) kinds.add(SourceKind.LIKE);
            List<ArtistInfo> toFetch = kinds.isEmpty() ? List.of() : plan.fetch();
            verbose.accept(plan.due() + " of " + followed.size() + " artists due; fetching " + toFetch.size());
            progress.started(toFetch.size());
            ArtistFetch fetch = new ArtistFetch(api, options.pageSize(), options.concurrency(), this::known, warn, progress);
            ArtistFetch.Result fetched = toFetch.isEmpty() ? ArtistFetch.Result.NONE : fetch.fetch(toFetch, kinds, options.full());
            List<IncompleteList> incomplete = new ArrayList<>(fetched.incomplete());
            progress.step("judgments");
            UserPlaylists playlists = userPlaylists(incomplete);
            RemoteJudgments remote = new JudgmentImport(api, options.pageSize(), options.notInterestedPlaylist(),
                    options.notQuitePlaylist(), verbose).fetch(playlists);
            for (IncompleteList l : remote.incomplete()) {
                incomplete.add(l);
                warn.accept("warning: " + l.reason() + " (its judgments were not imported)");
            }
            boolean planPlaylists = options.push() || options.dryRun();
            Set<String> owned = planPlaylists ? ownedTracks(playlists, incomplete) : Set.of();
            boolean playlistsKnown = incomplete.stream().noneMatch(l -> l.list().startsWith("/me/playlists")
                    || l.list().startsWith("/playlists/"));
            progress.step("merge");
            List<ArtistInfo> checkedArtists = toFetch.stream().filter(a -> !fetched.incompleteArtists().contains(a.urn())).toList();
            List<String> checked = checkedArtists.stream().map(ArtistInfo::urn).toList();
            IndexStore.MergeInput input = new IndexStore.MergeInput(followed, checked, fetched.lists());
            List<IncompleteList> incompleteLists = List.copyOf(incomplete);
            if (options.dryRun()) return dryRun(start, requestsBefore, followed, plan, checkedArtists, fetched, remote, input, schedule,
                    playlists, owned, incompleteLists);
            record Merged(long id, SyncSummary summary) {
            }
            Merged merged = db.write(c -> {
                SyncSummary s = mergeAll(c, start, requestsBefore, followed, plan, checkedArtists, fetched, remote, input, schedule,
                        incompleteLists);
                long id = SyncRuns.insert(c, new SyncRuns.SyncRun(0, start, clock.millis(), SyncRuns.OK, s.requests(),
                        s.tracks_new(), json(s), incompleteLists.isEmpty() ? null
                        : incompleteLists.size() + " lists incomplete: " + incompleteLists.get(0).reason()));
                beforeCommit.run();
                return new Merged(id, s);
            });
            recorded = true;
            runId = merged.id();
            summary = merged.summary();
            if (!options.push()) return summary;
            if (!playlistsKnown) {
                warn.accept("warning: playlists not pushed: your playlists could not be read completely (see incomplete_lists)");
                return summary;
            }
            progress.step("playlist");
            DiscoveryRanking.Picks picks = db.read(c -> ranking.rank(c, owned));
            reportCap(picks);
            PlaylistResult pushed;
            PlaylistResult mixes = null;
            try {
                PlaylistPush push = new PlaylistPush(api);
                pushed = push.push(playlists, options.playlistTitle(), Settings.Reposts.TITLE_KEY, picks.discovery());
                UserPlaylists.Playlist mixList = mixesPlaylist(playlists);
                if (mixList != null) mixes = push.push(playlists, mixList.title(), Settings.Mixes.TITLE_KEY, picks.mixes());
            } catch (RuntimeException e) {
                finish(runId, summary.withPlaylists(null, null, api.requestCount() - requestsBefore, clock.millis() - start),
                        SyncRuns.FAILED, e.getMessage());
                throw e;
            }
            summary = summary.withPlaylists(pushed, mixes, api.requestCount() - requestsBefore, clock.millis() - start);
            finish(runId, summary, SyncRuns.OK, null);
            return summary;
        } catch (RuntimeException | Error e) {
            if (!recorded && !options.dryRun()) recordFailure(start, api.requestCount() - requestsBefore, e);
            throw e;
        }
    }

    /** The merge, the judgment import and the artists' next checks, inside the caller's transaction. */
    private SyncSummary mergeAll(Connection c, long start, long requestsBefore, List<ArtistInfo> followed, ArtistSelection.Plan plan,
                                 List<ArtistInfo> fetchedArtists, ArtistFetch.Result fetched, RemoteJudgments remote,
                                 IndexStore.MergeInput input, Map<String, ArtistSchedule.Slot> schedule,
                                 List<IncompleteList> incomplete) throws SQLException {
        long now = clock.millis();
        IndexStore.MergeCounts counts = IndexStore.merge(c, input, now);
        JudgmentCounts judgments = JudgmentImport.apply(c, remote, now);
        Map<String, ArtistSchedule.Slot> next = new HashMap<>();
        for (ArtistInfo a : fetchedArtists) {
            next.put(a.urn(), options.interval().after(a.urn(), schedule.getOrDefault(a.urn(), ArtistSchedule.Slot.NEW),
                    counts.artistsWithNew().contains(a.urn()), start));
        }
        ArtistSchedule.set(c, next);
        return new SyncSummary(followed.size(), plan.due(), fetchedArtists.size(), followed.size() - fetchedArtists.size(),
                api.requestCount() - requestsBefore, counts.tracksNew(), counts.tracksUpdated(), counts.reposts(), counts.likes(),
                judgments, null, null, fetched.skipped(), incomplete, options.dryRun(), clock.millis() - start);
    }

    /** Carries a dry run's summary out of the transaction it rolls back. */
    private static final class RolledBack extends RuntimeException {
        final SyncSummary summary;

        RolledBack(SyncSummary summary) {
            super("dry run", null, false, false);
            this.summary = summary;
        }
    }

    /**
     * Everything a real run computes, in a transaction that is rolled back: the database stays as it
     * was (no sync_runs row either) and nothing is pushed.
     */
    private SyncSummary dryRun(long start, long requestsBefore, List<ArtistInfo> followed, ArtistSelection.Plan plan,
                               List<ArtistInfo> fetchedArtists, ArtistFetch.Result fetched, RemoteJudgments remote,
                               IndexStore.MergeInput input, Map<String, ArtistSchedule.Slot> schedule, UserPlaylists playlists,
                               Set<String> owned, List<IncompleteList> incomplete) {
        try {
            db.write(c -> {
                SyncSummary s = mergeAll(c, start, requestsBefore, followed, plan, fetchedArtists, fetched, remote, input, schedule,
                        incomplete);
                DiscoveryRanking.Picks picks = ranking.rank(c, owned);
                reportCap(picks);
                UserPlaylists.Playlist discovery = playlists.byTitle(options.playlistTitle());
                if (discovery == null) {
                    warn.accept("warning: no playlist titled \"" + options.playlistTitle() + "\" on your SoundCloud account ("
                            + Settings.Reposts.TITLE_KEY + "); a real push would fail");
                }
                UserPlaylists.Playlist mixList = mixesPlaylist(playlists);
                PlaylistResult mixes = options.mixesTitle() == null || options.mixesTitle().isBlank() ? null
                        : PlaylistResult.dryRun(mixList == null ? null : mixList.urn(), mixList == null ? List.of() : picks.mixes());
                throw new RolledBack(s.withPlaylists(PlaylistResult.dryRun(discovery == null ? null : discovery.urn(),
                        picks.discovery()), mixes, api.requestCount() - requestsBefore, clock.millis() - start));
            });
            throw new IllegalStateException("dry run was not rolled back");
        } catch (RolledBack r) {
            return r.summary;
        }
    }

    /** The mixes playlist when {@code playlists.mixes.title} is set and exists; a warning when it is set but missing. */
    private UserPlaylists.Playlist mixesPlaylist(UserPlaylists playlists) {
        String title = options.mixesTitle();
        if (title == null || title.isBlank()) return null;
        UserPlaylists.Playlist p = playlists.byTitle(title);
        if (p == null) {
            warn.accept("warning: no playlist titled \"" + title + "\" on your SoundCloud account (" + Settings.Mixes.TITLE_KEY
                    + "); mixes were not pushed. Create it there, or set the key to \"\" to turn mixes off");
        }
        return p;
    }

    private void reportCap(DiscoveryRanking.Picks picks) {
        int cap = ranking.rules().perArtistCap();
        if (cap > 0 && picks.cap() != cap) {
            verbose.accept(picks.cap() == 0 ? "per_artist_cap " + cap + " could not fill the playlist; picked without a cap"
                    : "per_artist_cap " + cap + " could not fill the playlist; picked with " + picks.cap());
        }
    }

    /** The user's playlists; none (and the list noted incomplete) when they cannot be read completely. */
    private UserPlaylists userPlaylists(List<IncompleteList> incomplete) {
        try {
            return UserPlaylists.fetch(api, options.pageSize());
        } catch (ListIncompleteException e) {
            incomplete(incomplete, e);
            return new UserPlaylists(List.of());
        }
    }

    /** The tracks in the user's other playlists; none (and the list noted incomplete) when one cannot be read completely. */
    private Set<String> ownedTracks(UserPlaylists playlists, List<IncompleteList> incomplete) {
        try {
            return OwnedTracks.fetch(api, options.pageSize(), playlists, List.of(options.notInterestedPlaylist(),
                    options.notQuitePlaylist(), options.playlistTitle(), options.mixesTitle()));
        } catch (ListIncompleteException e) {
            incomplete(incomplete, e);
            return Set.of();
        }
    }

    private void incomplete(List<IncompleteList> incomplete, ListIncompleteException e) {
        incomplete.add(IncompleteList.of(e));
        warn.accept("warning: " + e.getMessage());
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
