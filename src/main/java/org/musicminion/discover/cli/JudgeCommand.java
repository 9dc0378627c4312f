package org.musicminion.discover.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.musicminion.discover.ExitCode;
import org.musicminion.discover.ExitException;
import org.musicminion.discover.config.Settings;
import org.musicminion.discover.soundcloud.SoundCloud;
import org.musicminion.discover.judge.JudgeLine;
import org.musicminion.discover.judge.JudgeRun;
import org.musicminion.discover.judge.LocalJudgments;
import org.musicminion.discover.judge.Verdict;
import org.musicminion.discover.resolve.ResolveResult;
import org.musicminion.discover.resolve.ResolveSession;
import org.musicminion.discover.store.Names;
import org.musicminion.discover.sync.JudgmentCounts;
import org.musicminion.discover.sync.JudgmentImport;
import org.musicminion.discover.writes.VerdictWrites;
import org.musicminion.discover.writes.WriteBudget;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code judge --as VERDICT [TRACK...]} and {@code judge --import}: the listener's verdicts. */
@Command(name = "judge",
        description = {"Record your verdict on tracks: liked, not_interested, not_quite, or clear.",
                "TRACK: numeric id, URN (soundcloud:tracks:123), SoundCloud URL or slug (artist/track); none (or -): one a line from stdin.",
                "Prints one JSON line per track: {\"input\",\"urn\",\"judgment\",\"previous\",\"in_index\",\"error\"}.",
                "Your verdicts are never overwritten by sync's import of SoundCloud likes and judgment playlists."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every track judged", "1:some inputs could not be judged (invalid, not found, not a track)",
                "2:usage error (e.g. an unknown --as value)", "4:not authenticated (--import, --remote, or resolving URLs)",
                "5:some inputs failed transiently (resolve or --remote); rerun them", "130:interrupted"})
public final class JudgeCommand implements Callable<Integer> {
    /** A JSON line on input (e.g. from `tracks`) names its track by the first of these fields. */
    static final List<String> JSON_FIELDS = List.of("urn", "id", "input");

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--as", paramLabel = "VERDICT", description = "liked, not_interested, not_quite or clear.")
    Verdict as;

    @Option(names = "--import", description = "Only import your verdicts from SoundCloud (likes and the two judgment playlists).")
    boolean importOnly;

    @Option(names = "--remote", description = "Also write the verdicts to SoundCloud (judgment playlists; liked = like the track).")
    boolean remote;

    @Parameters(paramLabel = "TRACK", arity = "0..*", description = "Track id, URN, URL or slug; - reads stdin.")
    List<String> tracks = List.of();

    @Override
    public Integer call() {
        AppContext ctx = Cli.of(spec).context();
        if (importOnly) {
            if (as != null || !tracks.isEmpty() || remote) throw ExitException.usage("--import takes no --as, --remote or TRACK");
            return importJudgments(ctx);
        }
        if (as == null) throw ExitException.usage("missing --as; valid: liked, not_interested, not_quite, clear (or --import)");
        Verdict verdict = as;
        InputLines in = new InputLines(tracks, ctx.terminal().in(), JSON_FIELDS);
        List<String> batch = nextBatch(in);
        if (batch.isEmpty()) { // like resolve, and jq: no input is zero lines out, so an empty upstream in a pipe is no failure
            ctx.output().summaryLine("judge: nothing to judge (no TRACK given, nothing on stdin)", false);
            return ExitCode.OK;
        }

        WriteBudget budget = remote ? ctx.writeBudget() : null;
        VerdictWrites remoteVerdicts = remote ? verdictWrites(ctx, budget) : null;
        JudgeRun run = new JudgeRun(new LocalJudgments(ctx.database()), urls -> resolve(ctx, urls));
        boolean invalid = false;
        boolean transientFailure = false;
        JudgeRun.Tally c = JudgeRun.Tally.NONE;
        // in bounded batches, each committed and printed before the next is read: memory stays flat however long the
        // pipe (on a terminal the table for people is drawn at the end, from what was collected)
        try (Output.Listing<JudgeLine> out = ctx.output().listing((all, screen) -> table(all,
                ctx.database().read(db -> Names.tracks(db, all.stream().filter(l -> l.urn() != null).map(JudgeLine::urn).toList())), screen))) {
            boolean reading = true;
            for (; reading && !batch.isEmpty(); batch = nextBatch(in)) {
                List<JudgeLine> lines = run.run(batch, verdict, ctx.clock().instant(), remoteVerdicts);
                for (JudgeLine l : lines) {
                    if (reading && !out.add(l)) reading = false; // stdout's reader went away: judge nothing more
                    if (l.failedLocally()) {
                        if (l.problem() == JudgeLine.Problem.FAILED) transientFailure = true;
                        else invalid = true;
                        ctx.output().warn(l.input() + ": " + explain(l));
                    } else if (l.error() != null) {
                        transientFailure = true;
                        ctx.output().warn(l.urn() + ": judged locally, but not on SoundCloud: " + l.error());
                    }
                }
                c = c.plus(JudgeRun.Tally.of(lines));
            }
        }
        int code = invalid ? ExitCode.FAILED : transientFailure ? ExitCode.PARTIAL : ExitCode.OK;
        ctx.output().summaryLine("judge: " + c.judged() + " " + verdict.word()
                + (c.notInIndex() > 0 ? " (" + c.notInIndex() + " not in the index yet; recorded anyway)" : "")
                + (c.failed() > 0 ? ", " + c.failed() + " not judged" : "")
                + (c.remoteFailed() > 0 ? ", " + c.remoteFailed() + " not written to SoundCloud" : "")
                + (c.remoteQueued() > 0 ? ", " + c.remoteQueued() + " queued for SoundCloud (" + budget.spent()
                        + "; the next sync sends them as the budget allows)" : "")
                + (code != ExitCode.OK && ctx.output().quiet() ? " (the \"error\" field of each line on stdout says why)" : ""),
                code != ExitCode.OK);
        return code;
    }

    /** Inputs judged, committed and printed together: bounded, so `judge` of a million lines needs no more memory than of one batch. */
    static final int BATCH = 1_000;

    private static List<String> nextBatch(InputLines in) {
        List<String> batch = new ArrayList<>(BATCH);
        while (batch.size() < BATCH && in.hasNext()) batch.add(in.next());
        return batch;
    }

    /** For people: each input, the track it named, the verdict now and before. */
    static void table(List<JudgeLine> lines, Map<String, Names.TrackName> titles, Screen screen) {
        TextTable t = new TextTable(TextTable.Column.text("INPUT"), TextTable.Column.text("TRACK"), TextTable.Column.fixed("NOW", false),
                TextTable.Column.fixed("BEFORE", false), TextTable.Column.text("NOTE"));
        for (JudgeLine l : lines) {
            String note = l.failedLocally() ? "not judged: " + l.error()
                    : l.error() != null ? "not on SoundCloud: " + l.error()
                    : l.remote() != null ? "SoundCloud: " + l.remote()
                    : Boolean.FALSE.equals(l.inIndex()) ? "not in the index yet" : "";
            t.row(l.input(), l.urn() == null ? "" : TracksView.track(titles.get(l.urn()), l.urn()),
                    l.judgment() == null ? (l.failedLocally() ? "" : "cleared") : l.judgment().word(),
                    l.previous() == null ? "" : l.previous().word(), note);
        }
        screen.table(t);
    }

    private static String explain(JudgeLine l) {
        return switch (l.problem()) {
            case INVALID -> "not a track id, URN, SoundCloud URL or slug; nothing recorded";
            case NOT_FOUND -> "SoundCloud has no such track (deleted?); nothing recorded";
            case NOT_A_TRACK -> "that URL is a user or playlist, not a track; nothing recorded";
            case FAILED -> "could not be resolved (" + l.error() + "); nothing recorded, rerun to retry";
        };
    }

    private Integer importJudgments(AppContext ctx) {
        SoundCloud soundcloud = soundcloud(ctx);
        Settings cfg = ctx.settings();
        JudgmentImport imp = new JudgmentImport(soundcloud, cfg.judgments().notInterestedPlaylist(),
                cfg.judgments().notQuitePlaylist(), ctx.output()::warnAlways, ctx.playerVerdicts());
        JudgmentCounts counts = imp.run(ctx.database(), soundcloud.myPlaylists(), ctx.clock().millis());
        ctx.output().result(new Imported(counts, soundcloud.requestCount()), (r, screen) -> screen.line("Imported from SoundCloud: "
                + r.judgments().liked() + " liked, " + r.judgments().notInterested() + " not_interested, " + r.judgments().notQuite()
                + " not_quite newly judged; " + r.judgments().unchanged() + " unchanged (" + r.requests() + " requests)."));
        return ExitCode.OK;
    }

    /** What {@code judge --import} prints. */
    record Imported(JudgmentCounts judgments, long requests) {
    }

    /** The account's playlists are read first, so a login that does not work is exit 4 before any verdict is recorded. */
    private static VerdictWrites verdictWrites(AppContext ctx, WriteBudget budget) {
        SoundCloud soundcloud = soundcloud(ctx);
        org.musicminion.discover.soundcloud.Playlists playlists = soundcloud.myPlaylists();
        return new VerdictWrites(ctx.database(), soundcloud, () -> playlists, ctx.settings().judgments().notInterestedPlaylist(),
                ctx.settings().judgments().notQuitePlaylist(), budget);
    }

    private static SoundCloud soundcloud(AppContext ctx) {
        return new SoundCloud(ctx.api(ctx.userTokens()), ctx.settings().sync().pageSize());
    }

    private static Map<String, ResolveResult> resolve(AppContext ctx, List<String> urls) {
        Map<String, ResolveResult> answers = new HashMap<>();
        ResolveSession session = ctx.resolveSession(ctx.settings().resolve().concurrency(), ctx.retryPolicy(), true,
                r -> answers.put(r.input(), r));
        session.runner().run(urls.iterator());
        return answers;
    }
}
