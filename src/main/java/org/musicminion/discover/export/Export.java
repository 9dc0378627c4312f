package org.musicminion.discover.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.List;

import org.musicminion.discover.ExitException;
import org.musicminion.discover.store.ArtistStats;
import org.musicminion.discover.store.ArtistVerdicts;
import org.musicminion.discover.store.Database;
import org.musicminion.discover.store.TrackExport;

/**
 * {@code export}: the index as files for Music Minion and for analysis. A file named with {@code --out} is written
 * beside itself under a temporary name and moved into place when complete, so a reader (or a crash) never sees half
 * of one; without {@code --out} the rows go to the given stream.
 */
public final class Export {
    /** Which rows of the index: the listener's likes, or every track. */
    public enum Rows {
        LIKES, TRACKS
    }

    private final Database db;

    public Export(Database db) {
        this.db = db;
    }

    /** Writes {@code artist_tiers.csv} to {@code out} (null: {@code stdout}); returns the number of artists. */
    public int artistTiers(Path out, OutputStream stdout) {
        record Read(List<ArtistVerdicts.Row> artists, double prior) {
        }
        Read read = db.read(c -> new Read(ArtistVerdicts.followed(c), ArtistStats.overallKeepRate(c)));
        List<ArtistTiers.Row> rows = ArtistTiers.rows(read.artists(), read.prior());
        to(out, stdout, file -> {
            try (Writer w = writer(Files.newOutputStream(file))) {
                ArtistTiers.write(w, rows);
            }
        }, s -> {
            Writer w = writer(s);
            ArtistTiers.write(w, rows);
            w.flush();
        });
        return rows.size();
    }

    /** Writes the rows in {@code format} to {@code out} (null: {@code stdout}); returns the number of rows. */
    public int table(Rows which, ExportFormat format, Path out, OutputStream stdout) {
        List<Column<TrackExport.Row>> columns = which == Rows.LIKES ? Tables.LIKES : Tables.TRACKS;
        String name = which == Rows.LIKES ? "likes" : "tracks";
        int[] n = {0};
        if (format == ExportFormat.PARQUET) {
            // Parquet is written to a file (its footer points back into it); to a stream by way of a temporary one
            to(out, stdout, file -> n[0] = rows(which, new ParquetTable<>(file, name, columns)), s -> {
                Path tmp = Files.createTempFile("minion-discover-export", ".parquet");
                try {
                    n[0] = rows(which, new ParquetTable<>(tmp, name, columns));
                    Files.copy(tmp, s);
                    s.flush();
                } finally {
                    Files.deleteIfExists(tmp);
                }
            });
            return n[0];
        }
        to(out, stdout, file -> {
            try (Writer w = writer(Files.newOutputStream(file))) {
                n[0] = rows(which, text(format, w, columns));
            }
        }, s -> {
            Writer w = writer(s);
            n[0] = rows(which, text(format, w, columns));
            w.flush();
        });
        return n[0];
    }

    private static TableWriter<TrackExport.Row> text(ExportFormat format, Writer w, List<Column<TrackExport.Row>> columns)
            throws IOException {
        return format == ExportFormat.CSV ? new CsvTable<>(w, columns) : new NdjsonTable<>(w, columns);
    }

    private int rows(Rows which, TableWriter<TrackExport.Row> writer) throws IOException {
        int[] n = {0};
        try (writer) {
            db.read(c -> {
                TrackExport.read(c, which == Rows.LIKES, row -> {
                    try {
                        writer.write(row);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    n[0]++;
                    return true;
                });
                return null;
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return n[0];
    }

    private interface FileWork {
        void write(Path file) throws IOException, SQLException;
    }

    private interface StreamWork {
        void write(OutputStream out) throws IOException, SQLException;
    }

    /** Runs {@code file} on a temporary file beside {@code out} and moves it into place, or {@code stream} on stdout. */
    private static void to(Path out, OutputStream stdout, FileWork file, StreamWork stream) {
        try {
            if (out == null) {
                stream.write(stdout);
                return;
            }
            Path target = out.toAbsolutePath();
            Path dir = target.getParent();
            if (dir == null || !Files.isDirectory(dir)) throw ExitException.failed("cannot write " + out + ": no directory " + dir);
            Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
            try {
                file.write(tmp);
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw ExitException.failed("cannot write " + (out == null ? "stdout" : out) + ": " + e.getMessage(), e);
        } catch (SQLException e) {
            throw ExitException.failed("cannot read the index: " + e.getMessage(), e);
        }
    }

    private static Writer writer(OutputStream s) {
        return new BufferedWriter(new OutputStreamWriter(s, StandardCharsets.UTF_8));
    }
}
