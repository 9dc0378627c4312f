package org.musicminion.discover.export;

import java.nio.file.Path;
import java.util.Locale;

/** The formats {@code export likes|tracks} writes. */
public enum ExportFormat {
    PARQUET, CSV, NDJSON;

    /** The option's word ({@code parquet}, {@code csv}, {@code ndjson}). */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format a file name asks for by its extension (.parquet, .csv, .ndjson / .jsonl); null when none does. */
    public static ExportFormat ofFileName(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".parquet")) return PARQUET;
        if (name.endsWith(".csv")) return CSV;
        if (name.endsWith(".ndjson") || name.endsWith(".jsonl")) return NDJSON;
        return null;
    }
}
