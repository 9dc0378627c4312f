package org.musicminion.discover.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.musicminion.discover.ExitCode;
import org.musicminion.discover.ranking.Smoothing;
import org.musicminion.discover.store.ArtistStats;
import org.musicminion.discover.triage.Noise;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code artists}: each followed artist with what the index knows about their picks; NDJSON, or a table on a terminal. */
@Command(name = "artists", mixinStandardHelpOptions = true,
        description = {"List the artists you follow with their numbers from the index: tracks surfaced (reposted or liked),"
                + " how many you judged and liked, hit_rate = liked / max(1, judged), hit_rate_smoothed (what ranking uses:"
                + " shrunk toward your overall keep rate, so a few verdicts weigh little), new items a day over the last 7 and 30"
                + " days (not counting their first import), the last new item and the current check interval.",
                "One NDJSON line per artist (a table on a terminal); see who floods the feed and whose picks you keep."})
public final class ArtistsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--sort", paramLabel = "ORDER",
            description = "hit_rate (best first, the default), activity (most new items a day first) or tracks (most surfaced first).")
    ArtistStats.Sort sort = ArtistStats.Sort.HIT_RATE;

    @Mixin
    LimitOption limit;

    /** One artist as printed. */
    record ArtistLine(String urn, String username, String permalinkUrl, int surfaced, int judged, int liked, int uploads,
                      double hitRate, double hitRateSmoothed, double perDay7d, double perDay30d, String lastNewAt,
                      Double checkIntervalHours, String lastCheckedAt, String nextCheckAt, boolean followed, String unfollowedAt) {
        static ArtistLine of(ArtistStats.Row r, double prior) {
            ArtistStats.Tally n = r.tally();
            return new ArtistLine(r.urn(), r.username(), r.permalinkUrl(), n.surfaced(), n.judged(), n.liked(), n.uploads(),
                    round(n.hitRate()), round(Smoothing.rate(n.liked(), n.judged(), prior)), round(r.activity().perDay7d()),
                    round(r.activity().perDay30d()), Output.iso(r.activity().lastNewAt()), r.checks().intervalHours(),
                    Output.iso(r.checks().lastCheckedAt()), Output.iso(r.checks().nextCheckAt()), r.followed(), Output.iso(r.unfollowedAt()));
        }
    }

    /** One noisy artist as {@code --noisy} prints it. */
    record NoisyLine(String urn, String username, String permalinkUrl, double tracksPerWeek, double keepRateSmoothed, int verdicts,
                     int liked, double overallKeepRate, String suggestion, String reason) {
        static NoisyLine of(Noise.NoisyArtist n) {
            ArtistStats.Row r = n.artist();
            Noise.Assessment a = n.assessment();
            return new NoisyLine(r.urn(), r.username(), r.permalinkUrl(), round(a.tracksPerWeek()), round(a.keepRate()), a.verdicts(),
                    a.liked(), round(a.overallKeepRate()), a.suggestion().toString(), a.reason());
        }
    }

    @Option(names = "--noisy", description = {"Only the followed artists who surface many tracks you do not keep, most unkept"
            + " tracks a week first: tracks_per_week, keep_rate_smoothed, the verdicts behind it and a suggestion (keep,"
            + " mute candidate, unfollow candidate) with its reason. Pipe the unfollow candidates to 'minion-discover unfollow'."})
    boolean noisy;

    @Override
    public Integer call() {
        ArtistStats.Sort order = sort;
        Integer max = limit.orNull();
        AppContext ctx = Cli.of(spec).context();
        long now = ctx.clock().millis();
        record Read(List<ArtistStats.Row> rows, double prior) {
        }
        Read read = ctx.database().read(c -> new Read(ArtistStats.query(c, now, order, noisy ? null : max),
                ArtistStats.overallKeepRate(c)));
        if (read.rows().isEmpty()) EmptyIndexHint.say(ctx.output(), "artists", "followed artists");
        if (noisy) {
            List<NoisyLine> lines = noisy(read.rows(), read.prior(), max);
            if (lines.isEmpty() && !read.rows().isEmpty()) {
                ctx.output().info("artists --noisy: nobody you follow surfaces " + Noise.NOISY_PER_WEEK
                        + " or more tracks a week that you keep less often than the rest");
            }
            try (Output.Listing<NoisyLine> out = ctx.output().listing(ArtistsCommand::noisyTable)) {
                for (NoisyLine l : lines) if (!out.add(l)) break;
            }
            return ExitCode.OK;
        }
        try (Output.Listing<ArtistLine> out = ctx.output().listing(ArtistsCommand::table)) {
            for (ArtistStats.Row r : read.rows()) if (!out.add(ArtistLine.of(r, read.prior()))) break;
        }
        return ExitCode.OK;
    }

    /** For people: who surfaces what, and how much of it you keep. */
    static void table(List<ArtistLine> lines, Screen screen) {
        TextTable t = new TextTable(TextTable.Column.text("ARTIST"), TextTable.Column.fixed("SURFACED", true),
                TextTable.Column.fixed("JUDGED", true), TextTable.Column.fixed("LIKED", true), TextTable.Column.fixed("KEEP RATE", true),
                TextTable.Column.fixed("NEW/DAY", true), TextTable.Column.fixed("LAST NEW", false), TextTable.Column.fixed("CHECK EVERY", true));
        for (ArtistLine a : lines) {
            t.row(a.username() == null ? a.urn() : a.username(), Integer.toString(a.surfaced()), Integer.toString(a.judged()),
                    Integer.toString(a.liked()), percent(a.hitRateSmoothed()), String.format(Locale.ROOT, "%.1f", a.perDay7d()),
                    day(a.lastNewAt()), a.checkIntervalHours() == null ? "" : hours(a.checkIntervalHours()));
        }
        screen.table(t);
        screen.line("KEEP RATE: liked / judged, shrunk toward your overall keep rate (what the ranking uses);"
                + " NEW/DAY: over the last 7 days.");
    }

    static String percent(double share) {
        return Math.round(share * 100) + " %";
    }

    /** The date of an ISO instant, or "" for none. */
    static String day(String iso) {
        return iso == null ? "" : iso.substring(0, Math.min(10, iso.length()));
    }

    /** 6 h, 3 d. */
    static String hours(double h) {
        return h < 48 ? Math.round(h) + " h" : Math.round(h / 24) + " d";
    }

    /** The noisy followed artists ({@link Noise#noisiest}) as printed. */
    static List<NoisyLine> noisy(List<ArtistStats.Row> rows, double prior, Integer limit) {
        return Noise.noisiest(rows, prior, limit).stream().map(NoisyLine::of).toList();
    }

    /** For people: the noisy artists, what they cost you a week, and what to do about each. */
    static void noisyTable(List<NoisyLine> lines, Screen screen) {
        TextTable t = new TextTable(TextTable.Column.text("ARTIST"), TextTable.Column.fixed("TRACKS/WEEK", true),
                TextTable.Column.fixed("KEEP RATE", true), TextTable.Column.fixed("VERDICTS", true), TextTable.Column.fixed("SUGGESTION", false),
                TextTable.Column.text("WHY"));
        for (NoisyLine n : lines) {
            t.row(n.username() == null ? n.urn() : n.username(), String.format(Locale.ROOT, "%.1f", n.tracksPerWeek()),
                    percent(n.keepRateSmoothed()), Integer.toString(n.verdicts()), n.suggestion(), n.reason());
        }
        screen.table(t);
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
