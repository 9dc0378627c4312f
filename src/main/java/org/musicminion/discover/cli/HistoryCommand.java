package org.musicminion.discover.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonProcessingException;

import org.musicminion.discover.ExitCode;
import org.musicminion.discover.Json;
import org.musicminion.discover.store.SyncRuns;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code history}: the recorded sync runs, newest first; NDJSON, or a table on a terminal. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = {"List past sync runs, newest first: one NDJSON line per run (a table on a terminal) with its start and end,"
                + " outcome (ok, partial, failed, interrupted), requests, new tracks, error text and the run's summary.",
                "For cron users: see when sync last worked. Dry runs are not recorded."})
public final class HistoryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    LimitOption limit;

    /** One run as printed; {@code summary} is the run's sync summary as recorded (or its text when it is not JSON). */
    record RunLine(long id, String startedAt, String finishedAt, String outcome, long requests, Integer tracksNew, String error,
                   Long durationMs, Object summary) {
        static RunLine of(SyncRuns.SyncRun r) {
            return new RunLine(r.id(), Output.iso(r.startedAt()), Output.iso(r.finishedAt()), r.outcome() == null ? null : r.outcome().word(),
                    r.requests(),
                    r.tracksNew(), r.error(), r.finishedAt() == null ? null : r.finishedAt() - r.startedAt(), parsed(r.summaryJson()));
        }
    }

    @Override
    public Integer call() {
        int max = limit.or(20);
        AppContext ctx = Cli.of(spec).context();
        List<SyncRuns.SyncRun> runs = ctx.database().read(c -> SyncRuns.recent(c, max));
        if (runs.isEmpty()) EmptyIndexHint.say(ctx.output(), "history", "sync runs");
        try (Output.Listing<RunLine> out = ctx.output().listing(HistoryCommand::table)) {
            for (SyncRuns.SyncRun r : runs) if (!out.add(RunLine.of(r))) break;
        }
        return ExitCode.OK;
    }

    /** For people: when each run started, how it ended, what it cost and brought. */
    static void table(List<RunLine> runs, Screen screen) {
        TextTable t = new TextTable(TextTable.Column.fixed("STARTED (UTC)", false), TextTable.Column.fixed("OUTCOME", false),
                TextTable.Column.fixed("TOOK", true), TextTable.Column.fixed("REQUESTS", true), TextTable.Column.fixed("NEW TRACKS", true),
                TextTable.Column.text("ERROR"));
        for (RunLine r : runs) {
            t.row(r.startedAt().replace('T', ' ').replaceAll("(:\\d\\d)(\\.\\d+)?Z$", "$1"), r.outcome(),
                    r.durationMs() == null ? "" : String.format(Locale.ROOT, "%.1f s", r.durationMs() / 1000.0),
                    Long.toString(r.requests()), r.tracksNew() == null ? "" : r.tracksNew().toString(), r.error() == null ? "" : r.error());
        }
        screen.table(t);
    }

    private static Object parsed(String json) {
        if (json == null) return null;
        try {
            return Json.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            return json; // a row written by hand or an older version: show it as text
        }
    }
}
