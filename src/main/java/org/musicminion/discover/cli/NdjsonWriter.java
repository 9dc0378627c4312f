package org.musicminion.discover.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;

import com.fasterxml.jackson.core.JsonGenerator;

import org.musicminion.discover.Json;
import org.musicminion.discover.JsonWritable;

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
            out.print(value instanceof JsonWritable w ? streamed(w) : Json.MAPPER.writeValueAsString(value));
            out.print('\n');
            out.flush();
        } catch (IOException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
        StdoutFailure.check(out);
    }

    private static String streamed(JsonWritable value) throws IOException {
        StringWriter line = new StringWriter(160);
        try (JsonGenerator g = Json.MAPPER.getFactory().createGenerator(line)) {
            value.writeJson(g);
        }
        return line.toString();
    }

    /** True when the reader went away (e.g. `| head`); writers may stop early. */
    public boolean broken() {
        return out.checkError();
    }
}
