package org.musicminion.discover.cli;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.musicminion.discover.ExitCode;
import org.musicminion.discover.ExitException;
import org.musicminion.discover.ranking.Smoothing;
import org.musicminion.discover.store.ArtistStats;
import org.musicminion.discover.triage.Noise;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code artists}: one NDJSON line per followed artist with what the index knows about their picks. */
@Command(name = "artists", mixinStandardHelpOptions = true,
        description = {"List the artists you follow with their numbers from the index: tracks surfaced (reposted or liked),"
                + " how many you judged and liked, hit_rate = liked / max(1, judged), hit_rate_smoothed (what ranking uses:"
                + " shrunk toward your overall keep rate, so a few verdicts weigh little), new items a day over the last 7 and 30"
                + " days (not counting their first import), the last new item and the current check interval.",
                "One NDJSON line per artist; see who floods the feed and whose picks you keep."})
public final class ArtistsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--sort", paramLabel = "ORDER",
            description = "hit_rate (best first, the default), activity (most new items a day first) or tracks (most surfaced first).")
    ArtistStats.Sort sort = ArtistStats.Sort.HIT_RATE;

    @Option(names = "--limit", paramLabel = "N", description = "At most N artists.")
    Integer limit;

    @Option(names = "--noisy", description = {"Only the followed artists who surface many tracks you do not keep, most unkept"
            + " tracks a week first: tracks_per_week, keep_rate_smoothed, the verdicts behind it and a suggestion (keep,"
            + " mute candidate, unfollow candidate) with its reason. Pipe the unfollow candidates to 'minion-discover unfollow'."})
    boolean noisy;

    @Override
    public Integer call() {
        ArtistStats.Sort order = sort;
        if (limit != null && limit < 1) throw ExitException.usage("invalid --limit " + limit + ": expected 1 or more");
        AppContext ctx = Cli.of(spec).context();
        long now = ctx.clock().millis();
        record Read(List<ArtistStats.Row> rows, double prior) {
        }
        Read read = ctx.database().read(c -> new Read(ArtistStats.query(c, now, order, noisy ? null : limit),
                ArtistStats.overallKeepRate(c)));
        if (read.rows().isEmpty()) EmptyIndexHint.say(ctx.output(), "artists", "followed artists");
        NdjsonWriter w = ctx.output().ndjson();
        if (noisy) {
            List<Map<String, Object>> lines = noisy(read.rows(), read.prior(), limit);
            if (lines.isEmpty() && !read.rows().isEmpty()) {
                ctx.output().info("artists --noisy: nobody you follow surfaces " + Noise.NOISY_PER_WEEK
                        + " or more tracks a week that you keep less often than the rest");
            }
            for (Map<String, Object> line : lines) {
                w.write(line);
                if (w.broken()) break;
            }
            return ExitCode.OK;
        }
        for (ArtistStats.Row r : read.rows()) {
            w.write(json(r, read.prior()));
            if (w.broken()) break;
        }
        return ExitCode.OK;
    }

    static Map<String, Object> json(ArtistStats.Row r, double prior) {
        Map<String, Object> m = Output.ordered();
        m.put("urn", r.urn());
        m.put("username", r.username());
        m.put("permalink_url", r.permalinkUrl());
        m.put("surfaced", r.surfaced());
        m.put("judged", r.judged());
        m.put("liked", r.liked());
        m.put("uploads", r.uploads());
        m.put("hit_rate", round(r.hitRate()));
        m.put("hit_rate_smoothed", round(Smoothing.rate(r.liked(), r.judged(), prior)));
        m.put("per_day_7d", round(r.perDay7d()));
        m.put("per_day_30d", round(r.perDay30d()));
        m.put("last_new_at", Output.iso(r.lastNewAt()));
        m.put("check_interval_hours", r.checkIntervalHours());
        m.put("last_checked_at", Output.iso(r.lastCheckedAt()));
        m.put("next_check_at", Output.iso(r.nextCheckAt()));
        m.put("followed", r.followed());
        m.put("unfollowed_at", Output.iso(r.unfollowedAt()));
        return m;
    }

    /** The noisy followed artists ({@link Noise}), most unkept tracks a week first, at most {@code limit}. */
    static List<Map<String, Object>> noisy(List<ArtistStats.Row> rows, double prior, Integer limit) {
        record Noisy(ArtistStats.Row row, Noise.Assessment a) {
        }
        return rows.stream().filter(ArtistStats.Row::followed)
                .map(r -> new Noisy(r, Noise.assess(r.perDay30d(), r.liked(), r.judged(), prior)))
                .filter(n -> n.a().noisy())
                .sorted(java.util.Comparator.comparingDouble((Noisy n) -> n.a().unkeptPerWeek()).reversed()
                        .thenComparing(n -> n.row().urn()))
                .limit(limit == null ? Long.MAX_VALUE : limit)
                .map(n -> {
                    Map<String, Object> m = Output.ordered();
                    m.put("urn", n.row().urn());
                    m.put("username", n.row().username());
                    m.put("permalink_url", n.row().permalinkUrl());
                    m.put("tracks_per_week", round(n.a().tracksPerWeek()));
                    m.put("keep_rate_smoothed", round(n.a().keepRate()));
                    m.put("verdicts", n.a().verdicts());
                    m.put("liked", n.a().liked());
                    m.put("overall_keep_rate", round(n.a().overallKeepRate()));
                    m.put("suggestion", n.a().suggestion().toString());
                    m.put("reason", n.a().reason());
                    return m;
                }).toList();
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
