package org.musicminion.discover.sync;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;

import org.musicminion.discover.ExitCode;
import org.musicminion.discover.ExitException;
import org.musicminion.discover.Json;
import org.musicminion.discover.Messages;
import org.musicminion.discover.SourceKind;
import org.musicminion.discover.config.Settings;
import org.musicminion.discover.ranking.Ranked;
import org.musicminion.discover.soundcloud.Playlist;
import org.musicminion.discover.soundcloud.Playlists;
import org.musicminion.discover.soundcloud.SoundCloud;
import org.musicminion.discover.store.Database;
import org.musicminion.discover.store.IndexStore;
import org.musicminion.discover.store.RemoteWrites;
import org.musicminion.discover.store.SyncRuns;
import org.musicminion.discover.writes.VerdictWrites;
import org.musicminion.discover.writes.WriteBudget;

/**
 * One sync run, in phases: read everything ({@link SyncRead}) into an immutable {@link SyncPlan}; then
 * commit the plan in one write transaction (index merge, judgments, the artists' next checks, the run's
 * row) and push the discovery and mixes playlists when asked; or, for {@code --dry-run}, apply the plan
 * in a transaction that is rolled back ({@link Database#rehearse}) and report the playlists it would
 * push. A failed run rolls the merge back and still records a {@code failed} row. The caller holds the
 * {@link org.musicminion.discover.store.SyncLock}.
 */
public final class Sync {
    private final Database db;
    private final SoundCloud soundcloud;
    private final SyncOptions options;
    private final PlaylistRanking ranking;
    private final Clock clock;
    private final Messages messages;
    private final SyncProgress progress;
    private volatile long startedAt;
    private volatile boolean recorded;

    public Sync(Database db, SoundCloud soundcloud, SyncOptions options, PlaylistRanking ranking, Clock clock, Messages messages,
                SyncProgress progress) {
        this.db = db;
        this.soundcloud = soundcloud;
        this.options = options;
        this.ranking = ranking;
        this.clock = clock;
        this.messages = messages;
        this.progress = progress;
    }

    /** How far a run got: what Ctrl-C leaves behind (nothing before the merge commits). */
    public enum Stage {
        NOT_STARTED, READING, MERGED
    }

    /** This run's stage now (any thread). */
    public Stage stage() {
        return startedAt == 0 ? Stage.NOT_STARTED : recorded ? Stage.MERGED : Stage.READING;
    }

    public SyncSummary run() {
        long start = clock.millis();
        startedAt = start;
        long requestsBefore = soundcloud.requestCount();
        try {
            SyncPlan plan = read(start, requestsBefore);
            progress.step("merge");
            return options.dryRun() ? preview(plan) : commit(plan);
        } catch (RuntimeException | Error e) {
            if (!recorded && !options.dryRun()) recordFailure(start, soundcloud.requestCount() - requestsBefore, e);
            throw e;
        }
    }

    /** The read phase alone: what this run would merge, import and push against. Writes nothing. */
    public SyncPlan read(long start, long requestsBefore) {
        return new SyncRead(db, soundcloud, options, messages, progress).read(start, requestsBefore);
    }

    /**
     * Writes {@code plan} in one transaction with its run row; then writes the verdicts queued for SoundCloud as far as
     * the day's write budget goes, and pushes the playlists when asked or when an earlier run's push was deferred.
     */
    private SyncSummary commit(SyncPlan plan) {
        record Merged(long id, SyncSummary summary) {
        }
        Merged merged = db.write(c -> {
            SyncSummary s = apply(c, plan);
            long id = SyncRuns.insert(c, new SyncRuns.SyncRun(0, plan.startedAt(), clock.millis(), outcome(plan), s.requests(),
                    s.tracksNew(), json(s), incompleteNote(plan)));
            return new Merged(id, s);
        });
        recorded = true;
        WriteBudget budget = new WriteBudget(db, options.playlists().writesPerDay(), clock);
        SyncSummary summary = merged.summary().withRemoteWrites(writeQueued(plan, budget));
        Set<String> owed = db.read(RemoteWrites::deferredPushes);
        boolean pushing = options.push() || !owed.isEmpty();
        if (pushing && !plan.playlistsKnown()) {
            messages.warn("warning: playlists not pushed: your playlists could not be read completely (see incomplete_lists)");
        }
        if (!pushing || !plan.playlistsKnown()) {
            summary = finished(summary, plan, null, null);
            finish(merged.id(), summary, outcome(plan), incompleteNote(plan));
            return summary;
        }
        if (!options.push()) messages.info("pushing the playlists an earlier run deferred for the write budget (" + String.join(", ", owed) + ")");
        progress.step("playlist");
        Ranked picks = db.read(c -> ranking.rank(c, plan.owned()));
        reportSlots(picks);
        PlaylistResult pushed;
        PlaylistResult mixes = null;
        try {
            PlaylistPush push = new PlaylistPush(soundcloud, budget);
            pushed = pushed(PUSH_DISCOVERY, push.push(plan.playlists(), options.playlists().discovery(), Settings.Reposts.TITLE_KEY,
                    picks.discoveryUrns()).withPicks(picks), budget);
            Playlist mixList = mixesPlaylist(plan.playlists());
            if (mixList != null) mixes = pushed(PUSH_MIXES, push.push(plan.playlists(), mixList.title(), Settings.Mixes.TITLE_KEY, picks.mixes()), budget);
        } catch (RuntimeException e) {
            finish(merged.id(), finished(summary, plan, null, null), SyncRuns.Outcome.FAILED, e.getMessage());
            throw e;
        }
        summary = finished(summary, plan, pushed, mixes);
        finish(merged.id(), summary, outcome(plan), incompleteNote(plan));
        return summary;
    }

    /** The summary's names of the two pushes, as deferred_pushes stores them. */
    static final String PUSH_DISCOVERY = "playlist";
    static final String PUSH_MIXES = "mixes";

    /** Records a push as done, or as owed by a later sync when the budget deferred it (and says so). */
    private PlaylistResult pushed(String which, PlaylistResult r, WriteBudget budget) {
        long now = clock.millis();
        db.write(c -> {
            if (r.isDeferred()) RemoteWrites.deferPush(c, which, now);
            else RemoteWrites.pushed(c, which);
            return null;
        });
        if (r.isDeferred()) {
            messages.warn("warning: the " + (which.equals(PUSH_MIXES) ? "mixes" : "discovery") + " playlist push is deferred: "
                    + budget.spent() + "; a later sync pushes it (deferred in the summary)");
        }
        return r;
    }

    /**
     * The verdicts `judge --remote` queued beyond the budget, written first (oldest first) as far as the budget goes; not
     * while the account's playlists could not be read completely (they wait).
     */
    private SyncSummary.RemoteWrites writeQueued(SyncPlan plan, WriteBudget budget) {
        VerdictWrites writes = new VerdictWrites(db, soundcloud, plan::playlists, options.judgments().notInterestedPlaylist(),
                options.judgments().notQuitePlaylist(), budget);
        if (!plan.playlistsKnown()) return remoteWrites(0, writes.queued(), 0, budget);
        VerdictWrites.Drained d = writes.drain();
        for (String e : d.errors()) messages.warn("warning: " + e);
        if (d.sent() + d.queued() + d.failed() > 0) {
            messages.verbose("remote writes: " + d.sent() + " sent, " + d.queued() + " queued, " + d.failed() + " failed");
        }
        if (d.queued() > 0) {
            messages.info(d.queued() + " verdict(s) wait to be written to SoundCloud (" + budget.spent() + ")");
        }
        return remoteWrites(d.sent(), d.queued(), d.failed(), budget);
    }

    private static SyncSummary.RemoteWrites remoteWrites(int sent, int queued, int failed, WriteBudget budget) {
        java.time.Instant frees = budget.freesAt();
        return new SyncSummary.RemoteWrites(sent, queued, failed, frees == null ? null : frees.toString());
    }

    /** {@code partial} when some list could not be read completely (the run exits 5), else {@code ok}. */
    private static SyncRuns.Outcome outcome(SyncPlan plan) {
        return plan.incomplete().isEmpty() ? SyncRuns.Outcome.OK : SyncRuns.Outcome.PARTIAL;
    }

    private static String incompleteNote(SyncPlan plan) {
        return plan.incomplete().isEmpty() ? null
                : plan.incomplete().size() + " list(s) incomplete: " + plan.incomplete().get(0).reason();
    }

    /**
     * Everything a real run computes, in a transaction that is rolled back: the database stays as it
     * was (no sync_runs row either) and nothing is pushed.
     */
    private SyncSummary preview(SyncPlan plan) {
        WriteBudget budget = new WriteBudget(db, options.playlists().writesPerDay(), clock);
        SyncSummary.RemoteWrites waiting = remoteWrites(0, db.read(RemoteWrites::count), 0, budget);
        return db.rehearse(c -> {
            SyncSummary s = apply(c, plan).withRemoteWrites(waiting);
            Ranked picks = ranking.rank(c, plan.owned());
            reportSlots(picks);
            Playlist discovery = plan.playlists().byTitle(options.playlists().discovery());
            if (discovery == null) {
                messages.warn("warning: no playlist titled \"" + options.playlists().discovery() + "\" on your SoundCloud account ("
                        + Settings.Reposts.TITLE_KEY + "); a real push would fail");
            }
            Playlist mixList = mixesPlaylist(plan.playlists());
            PlaylistResult mixes = options.playlists().mixes() == null || options.playlists().mixes().isBlank() ? null
                    : PlaylistResult.dryRun(mixList == null ? null : mixList.urn(), mixList == null ? List.of() : picks.mixes());
            return finished(s, plan, PlaylistResult.dryRun(discovery == null ? null : discovery.urn(), picks.discoveryUrns())
                    .withPicks(picks), mixes);
        });
    }

    /** The merge, the judgment import and each source's own writes, inside the caller's transaction. */
    private SyncSummary apply(Connection c, SyncPlan plan) throws SQLException {
        long now = clock.millis();
        IndexStore.MergeCounts counts = IndexStore.merge(c, plan.merge(), now);
        JudgmentCounts judgments = JudgmentImport.apply(c, plan.judgments(), now);
        SyncSummary.Parts parts = new SyncSummary.Parts();
        for (SyncSource.Reading r : plan.readings()) {
            r.apply(c, counts, now);
            r.summarize(parts, counts);
        }
        return parts.summary(new SyncSummary.Merged(counts.tracksNew(), counts.tracksUpdated(), counts.added(SourceKind.REPOST),
                counts.added(SourceKind.LIKE)), judgments, plan.incomplete(), options.dryRun(), cost(plan));
    }

    private SyncSummary finished(SyncSummary s, SyncPlan plan, PlaylistResult playlist, PlaylistResult mixes) {
        return s.withPlaylists(new SyncSummary.Pushed(playlist, mixes), cost(plan));
    }

    private SyncSummary.Cost cost(SyncPlan plan) {
        return new SyncSummary.Cost(soundcloud.requestCount() - plan.requestsBefore(), clock.millis() - plan.startedAt());
    }

    /** The mixes playlist when {@code playlists.mixes.title} is set and exists; a warning when it is set but missing. */
    private Playlist mixesPlaylist(Playlists playlists) {
        String title = options.playlists().mixes();
        if (title == null || title.isBlank()) return null;
        Playlist p = playlists.byTitle(title);
        if (p == null) {
            messages.warn("warning: no playlist titled \"" + title + "\" on your SoundCloud account (" + Settings.Mixes.TITLE_KEY
                    + "); mixes were not pushed. Create it there, or set the key to \"\" to turn mixes off");
        }
        return p;
    }

    /** Says so when the artists' slots could not fill the playlist and the best leftovers went beyond them. */
    private void reportSlots(Ranked picks) {
        if (picks.slotsRelaxed()) {
            messages.info("the artists' slots (playlists.reposts.slots, per_artist_cap " + options.rules().perArtistCap()
                    + ") could not fill the playlist; the best remaining tracks filled it beyond them (slots_relaxed)");
        }
        messages.verbose("ranked by the " + picks.ranking() + (picks.evaluation() == null ? ""
                : " (" + picks.evaluation().verdicts() + " verdicts; see: minion-discover evaluate)"));
    }

    private void finish(long runId, SyncSummary s, SyncRuns.Outcome outcome, String error) {
        db.write(c -> {
            SyncRuns.update(c, runId, clock.millis(), outcome, s.requests(), json(s), error);
            return null;
        });
    }

    /**
     * Ctrl-C while this run is under way: its merge was not committed (SQLite rolls it back); leave an
     * {@code interrupted} row for history with the requests made until then, through a connection of its
     * own (the run's may be busy). Best effort while the process ends; nothing before {@link #run} or
     * once the run's row is stored.
     */
    public void recordInterrupted(long requests) {
        long started = startedAt;
        if (started == 0 || recorded || options.dryRun()) return;
        try (Database other = Database.open(db.file())) {
            other.write(c -> {
                if (!SyncRuns.exists(c, started)) {
                    SyncRuns.insert(c, SyncRuns.SyncRun.unmerged(started, clock.millis(), SyncRuns.Outcome.INTERRUPTED, requests, "interrupted"));
                }
                return null;
            });
        } catch (RuntimeException ignored) {
            // the process is ending; the database may be what failed
        }
    }

    private void recordFailure(long start, long requests, Throwable e) {
        SyncRuns.Outcome outcome = e instanceof ExitException x && x.exitCode() == ExitCode.INTERRUPTED ? SyncRuns.Outcome.INTERRUPTED : SyncRuns.Outcome.FAILED;
        try {
            db.write(c -> SyncRuns.insert(c, SyncRuns.SyncRun.unmerged(start, clock.millis(), outcome, requests,
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
