package org.musicminion.discover.cli;

import java.io.IOException;
import java.io.PrintStream;

import org.musicminion.discover.JsonStream;

/**
 * Writes one compact JSON object a line and flushes after every line; a line that cannot be written
 * throws {@link StdoutFailure}, so a run stops as soon as its reader is gone. Thread-safe.
 */
public final class NdjsonWriter {
    private final PrintStream out;

    NdjsonWriter(PrintStream out) {
        this.out = out;
    }

    public synchronized void write(Object value) {
        try {
            out.print(JsonStream.toString(value, false));
            out.print('\n');
            out.flush();
        } catch (IOException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
        StdoutFailure.check(out);
    }

    /** True when the reader went away (e.g. `| head`); writers may stop early. */
    public boolean broken() {
        return out.checkError();
    }
}
