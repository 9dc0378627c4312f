package org.musicminion.discover.cli;

import java.io.IOException;
import java.io.PrintStream;

import org.musicminion.discover.ExitCode;
import org.musicminion.discover.ExitException;

/**
 * stdout could not be written: exit 1 naming why (a full disk, a closed descriptor), except when
 * its reader went away ({@code | head}), which ends the run quietly with exit 141, as a process
 * killed by SIGPIPE would.
 */
final class StdoutFailure extends ExitException {
    private final boolean readerGone;

    private StdoutFailure(int code, String message, boolean readerGone) {
        super(code, message);
        this.readerGone = readerGone;
    }

    /** Null when {@code out} has not failed. */
    static StdoutFailure of(PrintStream out) {
        if (!out.checkError()) return null;
        IOException cause = out instanceof StdStream s ? s.failure() : null;
        String why = cause == null || cause.getMessage() == null ? "write error" : cause.getMessage();
        boolean gone = why.equalsIgnoreCase("Broken pipe");
        return new StdoutFailure(gone ? ExitCode.READER_GONE : ExitCode.FAILED, "cannot write to stdout: " + why, gone);
    }

    /** Throws when {@code out} has failed. */
    static void check(PrintStream out) {
        StdoutFailure f = of(out);
        if (f != null) throw f;
    }

    /** The reader went away (EPIPE): nothing to tell anyone. */
    boolean readerGone() {
        return readerGone;
    }
}
