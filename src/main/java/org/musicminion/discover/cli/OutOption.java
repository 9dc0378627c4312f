package org.musicminion.discover.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** The shared {@code --out FILE} of the export commands, a picocli mixin; without it they write to stdout. */
public final class OutOption {
    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (replaced whole when complete); default stdout.")
    Path file;

    /** The file given, or null for stdout. */
    Path orNull() {
        return file;
    }
}
