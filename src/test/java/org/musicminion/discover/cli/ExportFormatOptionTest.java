package org.musicminion.discover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.musicminion.discover.export.ExportFormat;

import picocli.CommandLine;

/** export likes|tracks --format: the format given wins, else --out's extension names it, else NDJSON. */
class ExportFormatOptionTest {
    private static ExportFormat resolved(String out, String... args) {
        ExportCommand.LikesCommand likes = new ExportCommand.LikesCommand();
        new CommandLine(likes).parseArgs(args);
        return likes.format.resolve(out == null ? null : Path.of(out));
    }

    @Test
    void theFormatGivenWinsOverTheFilesExtension() {
        assertEquals(ExportFormat.CSV, resolved("likes.parquet", "--format", "csv"));
        assertEquals(ExportFormat.PARQUET, resolved(null, "--format", "parquet"));
    }

    @Test
    void withoutItTheOutFileNamesTheFormatElseNdjson() {
        assertEquals(ExportFormat.PARQUET, resolved("likes.parquet"));
        assertEquals(ExportFormat.CSV, resolved("dir/LIKES.CSV"));
        assertEquals(ExportFormat.NDJSON, resolved("likes.jsonl"));
        assertEquals(ExportFormat.NDJSON, resolved("likes.txt"));
        assertEquals(ExportFormat.NDJSON, resolved(null));
    }
}
