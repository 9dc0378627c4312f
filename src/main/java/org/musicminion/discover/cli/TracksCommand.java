package org.musicminion.discover.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.musicminion.discover.Judgment;
import org.musicminion.discover.SourceKind;
import org.musicminion.discover.ExitCode;
import org.musicminion.discover.ExitException;
import org.musicminion.discover.ranking.Pick;
import org.musicminion.discover.ranking.RankingRules;
import org.musicminion.discover.store.IndexStore;
import org.musicminion.discover.store.Names;
import org.musicminion.discover.store.TrackQuery;
import org.musicminion.discover.triage.IndexRanking;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tracks}: query and export the index as NDJSON (default in a pipe), a table (on a terminal) or CSV. */
@Command(name = "tracks", mixinStandardHelpOptions = true,
        description = "List indexed tracks, filtered and sorted: a table on a terminal, one NDJSON line per track in a pipe"
                + " or with --json or --format ndjson, or CSV.")
public final class TracksCommand implements Callable<Integer> {
    static final String CSV_HEADER = "urn,id,title,artist,permalink_url,first_seen,repost_count,like_count,reposted_by,liked_by,judgment,"
            + "uploaded_by,last_reposted_at";
    private static final Pattern RELATIVE = Pattern.compile("(\\d{1,6})([mhdw])");

    @Spec
    CommandSpec spec;

    @Option(names = "--unjudged", description = "Only tracks without a judgment.")
    boolean unjudged;

    @Option(names = "--judgment", paramLabel = "J", description = "Only tracks judged J: liked, not_interested or not_quite.")
    Judgment judgment;

    @Option(names = "--since", paramLabel = "WHEN", description = "Only tracks a followed artist reposted, liked or uploaded (of --source,"
            + " when given) since WHEN, by the link's time (exact from your stream, else when a sync first saw it):"
            + " 30m, 12h, 7d, 2w, or a date 2026-11-01 (UTC).")
    String since;

    @Option(names = "--source", paramLabel = "KIND", description = "Only tracks a followed artist reposted (repost), liked (like) or uploaded (upload); or related (related, with sync.related) to a track you liked.")
    SourceKind source;

    @Option(names = "--min-reposts", paramLabel = "N", description = "Only tracks reposted by at least N followed artists.")
    int minReposts;

    @Option(names = "--sort", paramLabel = "ORDER", description = "reposts (most first) or recent (newest first_seen first, the default).")
    TrackQuery.Sort sort = TrackQuery.Sort.RECENT;

    @Mixin
    LimitOption limit;

    /** What {@code --format} accepts. */
    enum Format {
        NDJSON, CSV;

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    @Option(names = "--format", paramLabel = "FMT", description = "ndjson (the default in a pipe) or csv (header row, lists joined"
            + " by ';'); without it a terminal gets a table.")
    Format format;

    @Option(names = "--explain", description = "Add how the discovery ranking sees each track: score, placed_by (the artist it"
            + " counts against) and reasons. Not with CSV.")
    boolean explain;

    @Override
    public Integer call() {
        AppContext ctx = Cli.of(spec).context();
        TrackQuery query = new TrackQuery()
                .judgment(judgmentFilter())
                .since(since == null ? null : parseSince(since, ctx.clock()))
                .source(source)
                .minReposts(checkMinReposts())
                .sort(sort)
                .limit(limit.orNull());
        boolean csv = format == Format.CSV;
        if (csv && explain) throw ExitException.usage("--explain adds JSON fields; use it without --format csv");
        Map<String, Pick> explained = explain
                ? new IndexRanking(ctx.database(), RankingRules.of(ctx.settings()), ctx.clock()).explanations() : null;
        int printed = csv ? printCsv(ctx, query) : printLines(ctx, query, explained);
        if (printed == 0 && ctx.database().read(IndexStore::trackCount) == 0) EmptyIndexHint.say(ctx.output(), "tracks", "tracks");
        return ExitCode.OK;
    }

    private static int printCsv(AppContext ctx, TrackQuery query) {
        PrintStream out = ctx.output().stdout();
        out.print(CSV_HEADER + "\r\n");
        int printed = ctx.database().read(c -> query.run(c, row -> {
            out.print(csvLine(row, ctx.output()::shown));
            StdoutFailure.check(out);
            return true;
        }));
        out.flush();
        return printed;
    }

    /** NDJSON for programs (and with an explicit --format ndjson), a table for people. */
    private int printLines(AppContext ctx, TrackQuery query, Map<String, Pick> explained) {
        Output out = ctx.output();
        Output.HumanForm<List<TrackLine>> table = (lines, screen) -> new TracksView(
                ctx.database().read(c -> Names.artists(c, TracksView.artistUrns(lines))), explain).print(lines, screen);
        Output.Listing<TrackLine> listing = format == Format.NDJSON ? out.ndjsonListing() : out.listing(table);
        try (listing) {
            return ctx.database().read(c -> query.run(c, row -> listing.add(TrackLine.of(row,
                    explained == null ? null : TrackLine.Explanation.of(explained.get(row.urn()))))));
        }
    }

    private TrackQuery.JudgmentFilter judgmentFilter() {
        if (judgment != null && unjudged) throw ExitException.usage("--unjudged and --judgment exclude each other; give one");
        if (unjudged) return TrackQuery.JudgmentFilter.UNJUDGED;
        if (judgment == null) return TrackQuery.JudgmentFilter.ANY;
        return TrackQuery.JudgmentFilter.of(judgment);
    }

    /** Epoch millis for a --since value: a span back from now (30m, 12h, 7d, 2w) or a UTC date / instant. */
    static long parseSince(String value, Clock clock) {
        String v = value.strip();
        Matcher m = RELATIVE.matcher(v);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            Duration d = switch (m.group(2)) {
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                case "d" -> Duration.ofDays(n);
                default -> Duration.ofDays(7 * n);
            };
            return clock.instant().minus(d).toEpochMilli();
        }
        try {
            return LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        } catch (DateTimeParseException notADate) {
            try {
                return Instant.parse(v).toEpochMilli();
            } catch (DateTimeParseException notAnInstant) {
                throw ExitException.usage("invalid --since '" + value + "': expected a span back from now (30m, 12h, 7d, 2w)"
                        + " or a date like 2026-11-01 or an instant like 2026-11-01T10:00:00Z");
            }
        }
    }

    private int checkMinReposts() {
        if (minReposts < 0) throw ExitException.usage("invalid --min-reposts " + minReposts + ": expected 0 or more");
        return minReposts;
    }

    /** One CSV record; each field first through {@code shown} (Output.shown: escaped on a terminal, as is in a pipe). */
    static String csvLine(TrackQuery.TrackRow r, java.util.function.UnaryOperator<String> shown) {
        List<String> fields = List.of(r.urn(), Long.toString(r.id()), nz(r.title()), nz(r.artist()), nz(r.permalinkUrl()),
                Instant.ofEpochMilli(r.firstSeen()).toString(), Integer.toString(r.links().repostCount()),
                Integer.toString(r.links().likeCount()), String.join(";", r.links().repostedBy()), String.join(";", r.links().likedBy()),
                nz(r.judgment()), String.join(";", r.links().uploadedBy()),
                r.links().lastRepostedAt() == null ? "" : Instant.ofEpochMilli(r.links().lastRepostedAt()).toString());
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) sb.append(',');
            sb.append(csvField(shown.apply(fields.get(i))));
        }
        return sb.append("\r\n").toString();
    }

    /**
     * RFC 4180: a field with a comma, quote, CR or LF is quoted, quotes doubled. A field that a
     * spreadsheet would run as a formula (starting with =, +, -, @, tab or CR; titles and names come
     * from strangers) gets a leading ' first, as OWASP's CSV-injection advice and spreadsheet-safe
     * exporters do.
     */
    static String csvField(String value) {
        String s = neutralised(value);
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    private static String neutralised(String s) {
        if (s.isEmpty()) return s;
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + s : s;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
