package org.musicminion.discover.cli;

import java.nio.file.Path;

import org.musicminion.discover.export.ExportFormat;

import picocli.CommandLine.Option;

/**
 * The shared {@code --format} of {@code export likes} and {@code export tracks}, a picocli mixin: the format
 * given, else the one the {@code --out} file's extension names, else NDJSON. ({@code tracks --format} is
 * another set, ndjson or csv, and stays its own option.)
 */
public final class ExportFormatOption {
    @Option(names = "--format", paramLabel = "FORMAT",
            description = "parquet, csv or ndjson (default: by the --out file's extension, else ndjson).")
    ExportFormat format;

    /** The format to write to {@code out} (null: stdout). */
    ExportFormat resolve(Path out) {
        if (format != null) return format;
        ExportFormat byName = out == null ? null : ExportFormat.ofFileName(out);
        return byName != null ? byName : ExportFormat.NDJSON;
    }
}
