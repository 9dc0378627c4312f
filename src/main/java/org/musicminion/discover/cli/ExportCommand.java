package org.musicminion.discover.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.musicminion.discover.ExitCode;
import org.musicminion.discover.ExitException;
import org.musicminion.discover.export.Export;
import org.musicminion.discover.export.ExportFormat;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code export artist-tiers|likes|tracks}: the index as files for Music Minion and for analysis. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write what the index knows as files: artist-tiers (Music Minion's artist_tiers.csv), likes and"
                + " tracks (Parquet, CSV or NDJSON). See README, \"With Music Minion\"."},
        subcommands = {ExportCommand.ArtistTiersCommand.class, ExportCommand.LikesCommand.class, ExportCommand.TracksCommand.class})
public final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        throw ExitException.usage("export what? artist-tiers, likes or tracks (see: minion-discover export --help)");
    }

    /** {@code export artist-tiers [--out FILE]}. */
    @Command(name = "artist-tiers", mixinStandardHelpOptions = true,
            description = {"Music Minion's artist_tiers.csv, one row per followed artist, in its columns and order:"
                    + " artist_slug, tier, total_tracks, top_200_overlap, liked, not_interested, not_quite, unevaluated,"
                    + " quality_score, hit_rate, not_quite_rate, in_top_200. Tiers from the smoothed keep rate and the"
                    + " verdicts behind it (README, \"With Music Minion\"). Feed it to POST /api/discovery/seed-artists."})
    public static final class ArtistTiersCommand implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        OutOption out;

        @Override
        public Integer call() {
            AppContext ctx = Cli.of(spec).context();
            Path out = this.out.orNull();
            int n = new Export(ctx.database()).artistTiers(out, ctx.output().stdout());
            if (n == 0) EmptyIndexHint.say(ctx.output(), "export artist-tiers", "followed artists");
            ctx.output().summaryLine("export: " + n + " artists" + (out == null ? "" : " written to " + out), false);
            return ExitCode.OK;
        }
    }

    /** The options of {@code export likes} and {@code export tracks}. */
    abstract static class TableCommand implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        ExportFormatOption format;

        @Mixin
        OutOption file;

        abstract Export.Rows rows();

        @Override
        public Integer call() {
            Path out = file.orNull();
            ExportFormat f = format.resolve(out);
            AppContext ctx = Cli.of(spec).context();
            if (f == ExportFormat.PARQUET && out == null && ctx.terminal().stdoutIsTty()) {
                throw ExitException.usage("Parquet is binary: name a file with --out FILE, or redirect stdout");
            }
            String what = rows() == Export.Rows.LIKES ? "likes" : "tracks";
            int n = new Export(ctx.database()).table(rows(), f, out, ctx.output().stdout());
            ctx.output().summaryLine("export: " + n + " " + what + " as " + f + (out == null ? "" : " written to " + out), false);
            return ExitCode.OK;
        }
    }

    /** {@code export likes}. */
    @Command(name = "likes", mixinStandardHelpOptions = true,
            description = {"The tracks you liked (on SoundCloud, in Music Minion or with judge), with the columns Music"
                    + " Minion's preseed_soundcloud_likes.py reads: track_id, track_slug, title, artist_name, genre; then"
                    + " urn, liked_at, origin."})
    public static final class LikesCommand extends TableCommand {
        @Override
        Export.Rows rows() {
            return Export.Rows.LIKES;
        }
    }

    /** {@code export tracks}. */
    @Command(name = "tracks", mixinStandardHelpOptions = true,
            description = {"The whole index for analysis, one row per track: slug, track_id, urn, title, uploader,"
                    + " uploader_urn, genre, duration_ms, created_at, first_seen, repost_count, like_count, reposted_by,"
                    + " liked_by, uploaded_by, judgment, judgment_origin, judged_at, and sources (kind, artist_urn, at,"
                    + " exact) with their times."})
    public static final class TracksCommand extends TableCommand {
        @Override
        Export.Rows rows() {
            return Export.Rows.TRACKS;
        }
    }
}
