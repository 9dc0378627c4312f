package org.musicminion.discover.cli;

import java.io.PrintStream;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.musicminion.discover.Json;
import org.musicminion.discover.Messages;
import org.musicminion.discover.text.Printable;

/**
 * stdout carries data only: JSON when stdout is not a terminal or --json, readable text on a
 * terminal. Messages for people go to stderr: {@link #info} unless -q, {@link #verbose} only with -v,
 * {@link #warn} unless -q, {@link #error} always, each with control characters escaped
 * ({@link Printable}). Thread-safe.
 */
public final class Output implements Messages {
    private final PrintStream out;
    private final PrintStream err;
    private final boolean json;
    private final boolean quiet;
    private final boolean verbose;
    private final boolean stderrIsTty;
    private final ObjectMapper pretty = Json.MAPPER.copy().enable(SerializationFeature.INDENT_OUTPUT);

    public Output(PrintStream out, PrintStream err, boolean json, boolean quiet, boolean verbose, boolean stderrIsTty) {
        this.out = out;
        this.err = err;
        this.json = json;
        this.quiet = quiet;
        this.verbose = verbose;
        this.stderrIsTty = stderrIsTty;
    }

    /** True when stdout gets JSON (not a terminal, or --json). */
    public boolean json() {
        return json;
    }

    public boolean quiet() {
        return quiet;
    }

    public boolean isVerbose() {
        return verbose;
    }

    /** Progress is drawn only when stderr is a terminal and not -q. */
    public boolean showProgress() {
        return stderrIsTty && !quiet;
    }

    public PrintStream stdout() {
        return out;
    }

    public PrintStream stderr() {
        return err;
    }

    /** Prints one result object: compact JSON in JSON mode, indented on a terminal. */
    public synchronized void result(Object value) {
        try {
            out.println(json ? Json.MAPPER.writeValueAsString(value) : pretty.writeValueAsString(value));
            out.flush();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /** A writer for NDJSON lines, each flushed as written so pipes see lines as they come. */
    public NdjsonWriter ndjson() {
        return new NdjsonWriter(out);
    }

    // Messages are one line each and may quote strangers (titles, usernames, stdin, server errors):
    // Printable escapes any control character in them, so none can repaint or forge a line.

    /** Our own lines (the authorize URL, what to paste), printed as they are, even with -q. */
    @Override
    public synchronized void prompt(String line) {
        err.println(line);
        err.flush();
    }

    @Override
    public synchronized void info(String message) {
        if (!quiet) err.println(Printable.of(message));
    }

    @Override
    public synchronized void warn(String message) {
        if (!quiet) err.println(Printable.of(message.startsWith("warning:") ? message : "warning: " + message));
    }

    @Override
    public synchronized void verbose(String message) {
        if (verbose && !quiet) err.println(Printable.of(message));
    }

    public synchronized void error(String message) {
        err.println("minion-discover: " + Printable.of(message));
        err.flush();
    }

    /** A fresh JSON object, for building results by hand. */
    public static ObjectNode object() {
        return Json.MAPPER.createObjectNode();
    }

    public static Map<String, Object> ordered() {
        return new java.util.LinkedHashMap<>();
    }
}
