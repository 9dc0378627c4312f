package org.musicminion.discover.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;

import org.musicminion.discover.ExitCode;
import org.musicminion.discover.http.ApiClient;
import org.musicminion.discover.store.Database;
import org.musicminion.discover.store.SyncLock;
import org.musicminion.discover.store.SyncRuns;
import org.musicminion.discover.sync.Sync;
import org.musicminion.discover.sync.SyncOptions;
import org.musicminion.discover.sync.SyncProgress;
import org.musicminion.discover.sync.SyncSummary;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sync}: followings → the due artists' reposts and likes → one merge → judgments → the playlists. */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = {"Fetch what the artists you follow repost and like, merge it into the index in one transaction,"
                + " import your judgments, and push the Discovery playlist when asked.",
                "Only artists due by their adaptive check interval are fetched (quiet artists are checked less and less"
                        + " often, from sync.min_interval_hours up to sync.max_interval_days); --all or --full fetch every one.",
                "Prints one JSON summary. Only one sync runs per data dir (exit 75 for a second one, or --wait)."})
public final class SyncCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--full", description = "Fetch every followed artist and read every page of every list.")
    boolean full;

    @Option(names = "--all", description = "Fetch every followed artist, not only those due by their check interval"
            + " (pages still stop at the first one with nothing new).")
    boolean all;

    @Option(names = "--dry-run", description = "Do every read and compute the merge and the playlists it would push;"
            + " print the summary (with the playlists' track URNs) and write nothing, locally or on SoundCloud.")
    boolean dryRun;

    @Option(names = "--no-likes", description = "Skip the artists' likes.")
    boolean noLikes;

    @Option(names = "--no-reposts", description = "Skip the artists' reposts.")
    boolean noReposts;

    @Option(names = "--push-playlist", description = "Push the discovery playlist (playlists.reposts.title) after the merge, and the mixes playlist"
            + " (playlists.mixes.title) when that is set.")
    boolean pushPlaylist;

    @Option(names = "--wait", description = "When another sync holds the lock, wait for it instead of exiting 75.")
    boolean waitForLock;

    @Override
    public Integer call() {
        AppContext ctx = Cli.of(spec).context();
        Output out = ctx.output();
        SyncOptions options = SyncOptions.builder(ctx.settings()).full(full).all(all).dryRun(dryRun).reposts(!noReposts)
                .likes(!noLikes).pushPlaylist(pushPlaylist).build();
        ApiClient api = ctx.api(ctx.userTokens());
        try (SyncLock lock = SyncLock.acquire(ctx.dataDir(), waitForLock);
             SyncProgress progress = out.showProgress() ? new Bar(out.stderr()) : SyncProgress.NONE) {
            Database db = ctx.database();
            Sync sync = new Sync(db, api, options, ctx.clock(), out::warn, out::verbose, progress);
            Thread hook = new Thread(() -> {
                if (!dryRun) recordInterrupted(db, sync);
            }, "sync-interrupted");
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                SyncSummary summary = sync.run();
                progress.close();
                out.result(summary);
                if (!summary.incomplete_lists().isEmpty()) {
                    out.error("sync partial: " + summary.incomplete_lists().size() + " list(s) could not be read completely"
                            + " (incomplete_lists); what was read completely is merged, their artists stay due; rerun to read them");
                    return ExitCode.PARTIAL;
                }
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // the JVM is exiting: the hook runs
                }
            }
        }
        return ExitCode.OK;
    }

    /** Ctrl-C: the merge was not committed (SQLite rolls it back); leave an 'interrupted' row for history. */
    private static void recordInterrupted(Database db, Sync sync) {
        long started = sync.startedAt();
        if (started == 0 || sync.recorded()) return;
        try (Database other = Database.open(db.file())) {
            other.write(c -> {
                if (!SyncRuns.exists(c, started)) {
                    SyncRuns.insert(c, new SyncRuns.SyncRun(0, started, System.currentTimeMillis(), SyncRuns.INTERRUPTED,
                            0, null, null, "interrupted"));
                }
                return null;
            });
        } catch (RuntimeException ignored) {
            // best effort while the process ends
        }
    }

    /** The terminal progress bar: artists done / total, with requests and their rate. */
    static final class Bar implements SyncProgress {
        private final PrintStream err;
        private final long started = System.nanoTime();
        private ProgressBar bar;

        Bar(PrintStream err) {
            this.err = err;
        }

        @Override
        public synchronized void started(int artists) {
            bar = new ProgressBarBuilder().setTaskName("sync").setInitialMax(artists).setUnit(" artists", 1)
                    .setConsumer(new ConsoleProgressBarConsumer(err)).setUpdateIntervalMillis(250).build();
        }

        @Override
        public synchronized void artistDone(long requests) {
            if (bar == null) return;
            bar.step();
            double secs = Math.max(0.001, (System.nanoTime() - started) / 1e9);
            bar.setExtraMessage(requests + " requests, " + Math.round(requests / secs) + "/s");
        }

        @Override
        public synchronized void step(String name) {
            if (bar != null) bar.setExtraMessage(name);
        }

        @Override
        public synchronized void close() {
            if (bar != null) bar.close();
            bar = null;
        }
    }
}
