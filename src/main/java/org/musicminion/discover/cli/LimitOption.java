package org.musicminion.discover.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The shared {@code --limit N} of the listing commands, a picocli mixin: parsed and checked (1 or more) once, here. */
public final class LimitOption {
    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    private Integer limit;

    @Option(names = "--limit", paramLabel = "N", description = "At most N lines (history: 20 unless given).")
    void limit(int n) {
        if (n < 1) throw new CommandLine.ParameterException(mixee.commandLine(), "invalid --limit " + n + ": expected 1 or more");
        limit = n;
    }

    /** The limit given, or null for none. */
    Integer orNull() {
        return limit;
    }

    /** The limit given, or {@code otherwise}. */
    int or(int otherwise) {
        return limit == null ? otherwise : limit;
    }
}
