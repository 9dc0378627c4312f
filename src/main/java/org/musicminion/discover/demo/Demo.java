package org.musicminion.discover.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.musicminion.discover.ExitCode;
import org.musicminion.discover.ExitException;
import org.musicminion.discover.Messages;
import org.musicminion.discover.sandbox.Catalogue;
import org.musicminion.discover.sandbox.SimulatedListener;
import org.musicminion.discover.sandbox.zoo.ListenerStory;
import org.musicminion.discover.sandbox.zoo.ListenerZoo;
import org.musicminion.discover.sandbox.Faults;
import org.musicminion.discover.sandbox.SandboxServer;
import org.musicminion.discover.sandbox.SandboxStats;
import org.musicminion.discover.store.TrackQuery;

/**
 * {@code minion-discover demo}: the whole job against a simulated SoundCloud started in this process.
 * Logs in through the real loopback flow (the demo plays the browser), then runs the real commands
 * as a user would type them ({@code sync}, {@code judge}, {@code sync --push-playlist}, then three simulated days
 * of the sandbox's listener judging the pushed playlist and {@code sync --push-playlist} importing the verdicts,
 * {@code evaluate}, {@code tracks}),
 * each under a heading on stderr with its own output on stdout. The first step that fails ends the demo
 * with that step's exit code, naming it. The data dir is kept.
 */
public final class Demo {
    static final int LISTENING_DAYS = 3;
    static final int LISTENS_PER_DAY = 30;
    private static final long SEED = 2026;
    private final Messages out;
    private final Path dataDirOption;
    private final Faults faults;
    private final DemoTool.Factory tools;
    private final ListenerStory listener;

    /**
     * @param dataDirOption {@code --data-dir}, or null for a new temporary dir
     * @param faults        the sandbox's faults ({@link DemoSandbox#latency()} for the real demo)
     * @param tools         opens the tool pointed at the sandbox (the command layer)
     * @param listener      the zoo member whose world the sandbox is and who judges the pushed playlist
     */
    public Demo(Messages out, Path dataDirOption, Faults faults, DemoTool.Factory tools, ListenerStory listener) {
        this.out = out;
        this.dataDirOption = dataDirOption;
        this.faults = faults;
        this.tools = tools;
        this.listener = listener;
    }

    /** Runs every step; returns 0, or throws an {@link ExitException} naming the step that failed. */
    public int run() {
        long started = System.nanoTime();
        Path dir = DemoDataDir.prepare(dataDirOption);
        String redirectUri;
        SandboxServer sandbox;
        try {
            redirectUri = DemoSandbox.freeRedirectUri();
            sandbox = SandboxServer.start(DemoSandbox.options(redirectUri, faults, listener.world()));
        } catch (IOException e) {
            throw ExitException.failed("demo: cannot start the simulated SoundCloud on 127.0.0.1: " + e.getMessage(), e);
        }
        try (sandbox; DemoTool ctx = tools.open(DemoSandbox.settings(sandbox, redirectUri), dir)) {
            out.info("minion-discover demo: a simulated SoundCloud runs at " + sandbox.baseUrl() + " ("
                    + DemoSandbox.ARTISTS + " followed artists, each reposting and liking " + DemoSandbox.PER_ARTIST
                    + " tracks; listener \"" + listener.name() + "\": " + listener.summary() + "); data dir " + dir);
            run(dir, sandbox, ctx);
            summary(ctx, sandbox, dir, started);
        }
        return ExitCode.OK;
    }

    private void run(Path dir, SandboxServer sandbox, DemoTool ctx) {
        login(dir, ctx);
        command(dir, ctx, "auth", "status");
        command(dir, ctx, "sync");
        List<TrackQuery.TrackRow> picks = topUnjudged(ctx, 4);
        if (picks.size() < 4) {
            throw ExitException.failed("demo: the first sync indexed only " + picks.size() + " unjudged tracks; expected at least 4"
                    + " (data dir kept at " + dir + ")");
        }
        command(dir, ctx, "judge", "--as", "liked", picks.get(0).urn(), picks.get(1).urn());
        command(dir, ctx, "judge", "--as", "not_interested", picks.get(2).urn());
        command(dir, ctx, "judge", "--as", "not_quite", picks.get(3).permalinkUrl());
        command(dir, ctx, "sync", "--push-playlist");
        // a few days of listening: the simulated listener judges the pushed playlist on the account, the next sync
        // imports the verdicts and ranks with them; enough verdicts for evaluate to compare both rankings
        SimulatedListener simulated = ListenerZoo.listener(listener, sandbox.catalogue(), SEED, LISTENS_PER_DAY);
        for (int day = 1; day <= LISTENING_DAYS; day++) {
            listen(simulated, day);
            repostMeanwhile(sandbox.catalogue(), day);
            command(dir, ctx, "sync", "--push-playlist");
        }
        command(dir, ctx, "evaluate");
        command(dir, ctx, "tracks", "--sort", "reposts", "--limit", "10");
    }

    /** The sandbox's simulated listener hears the top of the Discovery playlist and judges on the simulated account. */
    private void listen(SimulatedListener listener, int day) {
        heading("(day " + day + ": the simulated listener hears the top " + LISTENS_PER_DAY + " of the Discovery playlist"
                + " and judges them on the simulated account)");
        Map<SimulatedListener.Verdict, Integer> counts = new EnumMap<>(SimulatedListener.Verdict.class);
        for (SimulatedListener.Judged j : listener.listen(day)) counts.merge(j.verdict(), 1, Integer::sum);
        out.info("liked " + counts.getOrDefault(SimulatedListener.Verdict.LIKED, 0) + ", not interested "
                + counts.getOrDefault(SimulatedListener.Verdict.NOT_INTERESTED, 0) + ", not quite "
                + counts.getOrDefault(SimulatedListener.Verdict.NOT_QUITE, 0) + ", left unjudged "
                + counts.getOrDefault(SimulatedListener.Verdict.UNJUDGED, 0));
    }

    /**
     * The fresh path: an artist the listener follows (one whose reposts the stream carries) reposts a
     * track nobody in the index has; the next sync brings it from the stream at its exact time, though
     * the artist is not due for a sweep (the summary's {@code feed.reposts}).
     */
    private void repostMeanwhile(Catalogue catalogue, int day) {
        Set<String> followed = new HashSet<>();
        for (Catalogue.User u : catalogue.followings()) followed.add(u.urn());
        Set<String> known = new HashSet<>(catalogue.repostersByTrack().keySet());
        known.addAll(catalogue.likersByTrack().keySet());
        known.addAll(catalogue.userLikes());
        catalogue.playlists().forEach(p -> known.addAll(p.trackUrns()));
        List<Catalogue.User> artists = catalogue.followings().stream().filter(a -> !catalogue.prolific(a.urn())).toList();
        if (artists.isEmpty()) return;
        Catalogue.User artist = artists.get(day % artists.size());
        for (Catalogue.Track t : catalogue.tracks()) {
            if (t.deleted() || known.contains(t.urn()) || followed.contains(t.user().urn())) continue;
            if (!catalogue.addRepost(artist.urn(), t.urn())) continue;
            out.info("meanwhile " + artist.username() + " reposted \"" + t.title() + "\": the next sync brings it from your stream"
                    + " at its exact time, though " + artist.username() + " is not due for a sweep (feed.reposts)");
            return;
        }
    }

    /** {@code auth login} through {@link LoginFlow}, the same code as the command, with the demo as the browser. */
    private void login(Path dir, DemoTool ctx) {
        String step = "minion-discover auth login";
        heading(step + "   (the demo plays the browser: it opens the URL and is sent back to the listener)");
        try {
            ctx.login(new DemoBrowser(ctx.http()));
        } catch (ExitException e) {
            throw stopped(step, e.exitCode(), dir, e);
        } catch (RuntimeException e) {
            throw stopped(step, ExitCode.FAILED, dir, e);
        }
    }

    private void command(Path dir, DemoTool ctx, String... args) {
        String step = "minion-discover " + String.join(" ", args);
        heading(step);
        int code = ctx.run(args);
        if (code != ExitCode.OK) throw stopped(step, code, dir, null);
    }

    private void heading(String step) {
        out.info("");
        out.info("==> " + step);
    }

    private static ExitException stopped(String step, int code, Path dir, Exception cause) {
        String why = cause == null || cause.getMessage() == null ? "" : ": " + cause.getMessage();
        return new ExitException(code, "demo stopped: step '" + step + "' failed (exit " + code + ")" + why
                + "; the data dir is kept at " + dir, cause);
    }

    private static List<TrackQuery.TrackRow> topUnjudged(DemoTool ctx, int n) {
        List<TrackQuery.TrackRow> rows = new ArrayList<>();
        TrackQuery q = new TrackQuery().judgment(TrackQuery.JudgmentFilter.UNJUDGED).sort(TrackQuery.Sort.REPOSTS).limit(n);
        ctx.database().read(c -> q.run(c, rows::add));
        return rows;
    }

    /** For people, on stderr: the top tracks in words, what reached the sandbox, where the data dir is. */
    private void summary(DemoTool ctx, SandboxServer sandbox, Path dir, long started) {
        List<TrackQuery.TrackRow> top = new ArrayList<>();
        TrackQuery q = new TrackQuery().sort(TrackQuery.Sort.REPOSTS).limit(5);
        ctx.database().read(c -> q.run(c, top::add));
        out.info("");
        out.info("Top tracks among what the " + DemoSandbox.ARTISTS + " artists reposted and liked:");
        for (TrackQuery.TrackRow r : top) {
            out.info(String.format("  %2d reposts %2d likes  %s - %s%s", r.links().repostCount(), r.links().likeCount(), r.title(), r.artist(),
                    r.judgment() == null ? "" : "  [" + r.judgment() + "]"));
        }
        int pushed = sandbox.catalogue().playlistByTitle(Catalogue.DISCOVERY).map(p -> p.trackUrns().size()).orElse(0);
        SandboxStats.Snapshot stats = sandbox.stats();
        out.info("");
        out.info("The \"" + Catalogue.DISCOVERY + "\" playlist on the simulated account now holds " + pushed + " tracks; the sandbox"
                + " answered " + stats.total() + " requests.");
        out.info(String.format("Demo done in %.1f s. Data dir kept at %s", (System.nanoTime() - started) / 1e9, dir));
        out.info("Look around (offline): minion-discover --data-dir " + dir + " tracks --unjudged --limit 5");
        out.info("See whether it works (offline): minion-discover --data-dir " + dir + " report --open");
    }
}
