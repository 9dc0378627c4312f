package org.musicminion.discover.cli;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonProcessingException;

import org.musicminion.discover.ExitCode;
import org.musicminion.discover.ExitException;
import org.musicminion.discover.Json;
import org.musicminion.discover.store.SyncRuns;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code history}: the recorded sync runs, newest first, one NDJSON line each. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = {"List past sync runs, newest first: one NDJSON line per run with its start and end, outcome"
                + " (ok, partial, failed, interrupted), requests, new tracks, error text and the run's summary.",
                "For cron users: see when sync last worked. Dry runs are not recorded."})
public final class HistoryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--limit", paramLabel = "N", description = "At most N runs (default 20).")
    int limit = 20;

    @Override
    public Integer call() {
        if (limit < 1) throw ExitException.usage("invalid --limit " + limit + ": expected 1 or more");
        AppContext ctx = Cli.of(spec).context();
        List<SyncRuns.SyncRun> runs = ctx.database().read(c -> SyncRuns.recent(c, limit));
        if (runs.isEmpty()) EmptyIndexHint.say(ctx.output(), "history", "sync runs");
        NdjsonWriter w = ctx.output().ndjson();
        for (SyncRuns.SyncRun r : runs) {
            w.write(json(r));
            if (w.broken()) break;
        }
        return ExitCode.OK;
    }

    static Map<String, Object> json(SyncRuns.SyncRun r) {
        Map<String, Object> m = Output.ordered();
        m.put("id", r.id());
        m.put("started_at", Output.iso(r.startedAt()));
        m.put("finished_at", Output.iso(r.finishedAt()));
        m.put("outcome", r.outcome() == null ? null : r.outcome().word());
        m.put("requests", r.requests());
        m.put("tracks_new", r.tracksNew());
        m.put("error", r.error());
        m.put("duration_ms", r.finishedAt() == null ? null : r.finishedAt() - r.startedAt());
        m.put("summary", summary(r.summaryJson()));
        return m;
    }

    private static Object summary(String json) {
        if (json == null) return null;
        try {
            return Json.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            return json; // a row written by hand or an older version: show it as text
        }
    }
}
