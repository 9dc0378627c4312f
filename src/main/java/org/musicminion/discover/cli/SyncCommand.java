package org.musicminion.discover.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.musicminion.discover.ExitCode;
import org.musicminion.discover.config.Settings;
import org.musicminion.discover.http.ApiClient;
import org.musicminion.discover.http.RunDeadline;
import org.musicminion.discover.store.Database;
import org.musicminion.discover.store.Names;
import org.musicminion.discover.store.SyncLock;
import org.musicminion.discover.soundcloud.SoundCloud;
import org.musicminion.discover.ranking.Rankings;
import org.musicminion.discover.sync.PlaylistRanking;
import org.musicminion.discover.sync.Sync;
import org.musicminion.discover.sync.SyncOptions;
import org.musicminion.discover.sync.SyncProgress;
import org.musicminion.discover.sync.SyncSummary;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sync}: followings → the due artists' reposts and likes → one merge → judgments → the playlists. */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = {"Fetch what the artists you follow repost and like, merge it into the index in one transaction,"
                + " import your judgments, and push the Discovery playlist when asked.",
                "Only artists due by their adaptive check interval are fetched: quiet artists are checked less and less"
                        + " often; --all or --full fetch every one.",
                "The interval runs from sync.min_interval_hours up to sync.max_interval_days.",
                "Prints one JSON summary (on a terminal: its line and the picks as a table). Only one sync runs per data dir"
                        + " (exit 75 for a second one, or --wait). Ctrl-C (exit 130) says what was kept."})
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

    @Option(names = "--push-playlist", description = "After the merge, push the discovery playlist and, when set, the mixes"
            + " playlist: playlists.reposts.title and playlists.mixes.title.")
    boolean pushPlaylist;

    @Option(names = "--no-feed", description = "Skip reading your stream (/me/feed/tracks) this run; the sweep still runs"
            + " (sync.feed = false turns the stream off for good).")
    boolean noFeed;

    @Option(names = "--wait", description = "When another sync holds the lock, wait for it instead of exiting 75.")
    boolean waitForLock;

    @Override
    public Integer call() {
        AppContext ctx = Cli.of(spec).context();
        Output out = ctx.output();
        SyncOptions options = SyncOptions.builder(ctx.settings()).full(full).all(all).dryRun(dryRun).reposts(!noReposts)
                .likes(!noLikes).pushPlaylist(pushPlaylist).feed(!noFeed).playerDatabase(ctx.musicMinionDatabase()).build();
        var tokens = ctx.userTokens();
        try (SyncLock lock = SyncLock.acquire(ctx.dataDir(), waitForLock, out);
             SyncProgress progress = out.showProgress() ? new Bar(out.stderr(), Bar.style(ctx.terminal().env())) : SyncProgress.NONE) {
            ApiClient api = ctx.clients().withDeadline(deadline(ctx)).client(ctx.settings().soundcloud().apiUrl(), tokens);
            Database db = ctx.database();
            Sync sync = new Sync(db, new SoundCloud(api, options.pageSize()), options, PlaylistRanking.of(Rankings.of(options.rules(), ctx.clock())),
                    ctx.clock(), out, progress);
            Thread hook = new Thread(() -> {
                sync.recordInterrupted(api.requestCount());
                interruptedLine(out, sync, dryRun, api.requestCount());
            }, "sync-interrupted");
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                SyncSummary summary = sync.run();
                progress.close();
                out.summary(summary, (s, screen) -> new SyncView(db.read(c -> Names.tracks(c, SyncView.trackUrns(s))),
                        db.read(c -> Names.artists(c, SyncView.artistUrns(s)))).print(s, screen));
                if (!out.forPeople() || out.quiet()) out.summaryLine(summaryLine(summary), false); // else stdout has just shown it
                if (!summary.incompleteLists().isEmpty()) {
                    out.error("sync partial: " + summary.incompleteLists().size() + " list(s) could not be read completely"
                            + " (incomplete_lists): what was read completely is merged, their artists stay due; rerun to read them");
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

    /** sync.max_run_minutes from now (the lock is held): after it no request is sent, the run merges what it read and ends. */
    private static RunDeadline deadline(AppContext ctx) {
        int minutes = ctx.settings().sync().maxRunMinutes();
        return new RunDeadline(ctx.clock(), ctx.clock().instant().plus(Duration.ofMinutes(minutes)),
                Settings.Sync.MAX_RUN_KEY + " = " + minutes);
    }

    /** The one line on stderr that ends a sync, like judge's and resolve's. */
    static String summaryLine(SyncSummary s) {
        return String.format(Locale.ROOT, "sync: %d of %d artists fetched (%d due, %d skipped), %d new tracks, %d updated;"
                        + " %d requests in %.1f s%s%s%s%s",
                s.artistsFetched(), s.artists(), s.artistsDue(), s.artistsSkipped(), s.tracksNew(), s.tracksUpdated(),
                s.requests(), s.durationMs() / 1000.0,
                s.feed() == null ? "" : s.feed().error() != null ? "; stream not read (see the warning)"
                        : "; stream: " + s.feed().reposts() + " new reposts, " + s.feed().uploads() + " uploads",
                s.playlist() == null ? "" : s.playlist().isDeferred() ? "; playlist push deferred (write budget)"
                        : "; playlist " + (s.dryRun() ? "would get " : "now holds ") + s.playlist().tracks() + " tracks",
                writes(s.remoteWrites()), s.dryRun() ? " (dry run: nothing written)" : "");
    }

    /** The verdicts written to SoundCloud for the write budget, when there were any. */
    private static String writes(SyncSummary.RemoteWrites w) {
        if (w == null || w.sent() + w.queued() + w.failed() == 0) return "";
        return "; verdicts to SoundCloud: " + w.sent() + " sent, " + w.queued() + " queued" + (w.failed() > 0 ? ", " + w.failed() + " failed" : "");
    }

    /**
     * Ctrl-C: one line on stderr (even with -q) saying what the run kept: nothing before the merge
     * committed, the merged index after it (the playlist push may then be unfinished).
     */
    private static void interruptedLine(Output out, Sync sync, boolean dryRun, long requests) {
        String kept = dryRun ? "a dry run: nothing was written" : switch (sync.stage()) {
            case NOT_STARTED -> "before the run began: nothing was changed";
            case READING -> "nothing of this run was merged, the index is as it was (" + requests
                    + " requests made; `minion-discover history` lists the run as interrupted)";
            case MERGED -> "this run's merge is kept in the index; the playlist push may not have finished"
                    + " (rerun `minion-discover sync --push-playlist`)";
        };
        PrintStream err = out.stderr();
        err.println((out.showProgress() ? "\n" : "") + "minion-discover: sync interrupted: " + kept);
        err.flush();
    }

    /**
     * The terminal progress bar: artists done / total, with requests and their rate. No colour with
     * NO_COLOR (no-color.org) or TERM=dumb (plain ASCII there); the last frame is cleared at the end.
     */
    static final class Bar implements SyncProgress {
        private final PrintStream err;
        private final ProgressBarStyle style;
        private final long started = System.nanoTime();
        private ProgressBar bar;
        private Frames frames;

        Bar(PrintStream err, ProgressBarStyle style) {
            this.err = err;
            this.style = style;
        }

        static ProgressBarStyle style(Map<String, String> env) {
            if ("dumb".equals(env.get("TERM"))) return ProgressBarStyle.ASCII;
            String noColor = env.get("NO_COLOR");
            return noColor != null && !noColor.isEmpty() ? ProgressBarStyle.UNICODE_BLOCK : ProgressBarStyle.COLORFUL_UNICODE_BLOCK;
        }

        @Override
        public synchronized void started(int artists) {
            frames = new Frames(err);
            bar = new ProgressBarBuilder().setTaskName("sync").setInitialMax(artists).setUnit(" artists", 1)
                    .setStyle(style).setConsumer(frames).setUpdateIntervalMillis(250).build();
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
            if (bar != null) {
                bar.close(); // returns once the last frame is drawn
                frames.erase();
            }
            bar = null;
        }

        /**
         * Draws frames on one line and erases the last one at the end, itself: the library's
         * clearDisplayOnFinish skips the clearing when the bar closes before its first tick, and its
         * close() adds a newline that would leave an empty line behind.
         */
        private static final class Frames extends ConsoleProgressBarConsumer {
            private final PrintStream err;
            private int widest;

            Frames(PrintStream err) {
                super(err);
                this.err = err;
            }

            @Override
            public void accept(String frame) {
                widest = Math.max(widest, Math.min(frame.length(), getMaxRenderedLength()));
                super.accept(frame);
            }

            @Override
            public void close() {
                err.flush();
            }

            void erase() {
                err.print("\r" + " ".repeat(widest) + "\r");
                err.flush();
            }
        }
    }
}
