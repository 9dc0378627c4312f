package org.musicminion.discover.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.musicminion.discover.Json;
import org.musicminion.discover.JsonStream;
import org.musicminion.discover.Messages;
import org.musicminion.discover.text.Printable;

/**
 * stdout carries data only, in one of two forms chosen once per process: JSON for programs (stdout
 * not a terminal, or --json), or text for people on a terminal, each command's records drawn by its
 * human form ({@link #result(Object, HumanForm)}, {@link #listing}) as lines and tables clipped to
 * the terminal's width. Messages for people go to stderr: {@link #info} unless -q, {@link #verbose} only with -v,
 * {@link #warn} unless -q, {@link #warnAlways} and {@link #error} always, a run's
 * {@link #summaryLine} unless -q (with -q only when the run failed), each with control characters
 * escaped ({@link Printable}); text on stdout goes through {@link #shown}, which escapes them when
 * stdout is a terminal. A write to stdout that fails throws {@link StdoutFailure}. Thread-safe.
 */
public final class Output implements Messages {
    /** What stdout gets: text for people, JSON because stdout is no terminal, or JSON because --json asked. */
    public enum Form {
        PEOPLE, JSON, JSON_ASKED;

        /** The form for a stdout that is or is not a terminal, with or without --json. */
        public static Form of(boolean stdoutIsTty, boolean jsonAsked) {
            return jsonAsked ? JSON_ASKED : stdoutIsTty ? PEOPLE : JSON;
        }
    }

    /** How much goes to stderr: errors only (-q), the usual, or more (-v). */
    public enum Verbosity {
        QUIET, NORMAL, VERBOSE
    }

    /** Draws one record for people (see {@link Screen}). */
    @FunctionalInterface
    public interface HumanForm<T> {
        void print(T value, Screen screen);
    }

    private final PrintStream out;
    private final PrintStream err;
    private final boolean json;
    private final boolean jsonAsked;
    private final boolean quiet;
    private final boolean verbose;
    private final boolean stdoutIsTty;
    private final boolean stderrIsTty;
    private final int columns;
    private ObjectMapper pretty; // built on first use: most results never need it (JsonStream)

    /** @param columns the terminal's width, for text for people */
    public Output(PrintStream out, PrintStream err, Form form, Verbosity verbosity, boolean stdoutIsTty, boolean stderrIsTty,
                  int columns) {
        this.out = out;
        this.err = err;
        this.json = form != Form.PEOPLE;
        this.jsonAsked = form == Form.JSON_ASKED;
        this.quiet = verbosity == Verbosity.QUIET;
        this.verbose = verbosity == Verbosity.VERBOSE;
        this.stdoutIsTty = stdoutIsTty;
        this.stderrIsTty = stderrIsTty;
        this.columns = columns;
    }

    /**
     * Text bound for stdout that is not JSON (a CSV cell, a table cell, a token): on a terminal with
     * every control character escaped ({@link Printable#of}: no ESC, BEL, CR, C1 or bidi mark reaches
     * the screen raw); in a pipe exactly as it is, so a file gets the data. JSON needs nothing of
     * this: the shared generators escape those characters ({@code text.JsonEscapes}).
     */
    public String shown(String text) {
        return stdoutIsTty && text != null ? Printable.of(text) : text;
    }

    /** True when stdout is a terminal (then {@link #shown} escapes). */
    public boolean stdoutIsTty() {
        return stdoutIsTty;
    }

    /** True when stdout gets JSON (not a terminal, or --json). */
    public boolean json() {
        return json;
    }

    /** True when stdout is a terminal and no --json: text for people. */
    public boolean forPeople() {
        return !json;
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
            out.println(JsonStream.plain(value) ? JsonStream.toString(value, !json)
                    : json ? Json.MAPPER.writeValueAsString(value) : pretty().writeValueAsString(value));
            out.flush();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
        StdoutFailure.check(out);
    }

    /** One result: its JSON for programs, or {@code human}'s text for people. */
    public synchronized <T> void result(T value, HumanForm<? super T> human) {
        if (json) {
            result(value);
            return;
        }
        human.print(value, screen());
        out.flush();
        StdoutFailure.check(out);
    }

    /**
     * A run's closing summary (sync): printed like {@link #result(Object, HumanForm)}, except that -q
     * without --json prints nothing, so a cron job that worked mails nobody.
     */
    public <T> void summary(T value, HumanForm<? super T> human) {
        if (quiet && !jsonAsked) return;
        result(value, human);
    }

    /**
     * A list of records: for programs one NDJSON line each as it comes; for people collected, then
     * drawn by {@code human} as one table at {@link Listing#close()}.
     */
    public <T> Listing<T> listing(HumanForm<List<T>> human) {
        return new Listing<>(json ? ndjson() : null, human);
    }

    /**
     * A sink for records that come one by one and must show as they come (resolve): for programs one
     * NDJSON line each, for people the one line {@code human} makes, clipped to the width.
     */
    public <T> java.util.function.Consumer<T> lines(java.util.function.Function<? super T, String> human) {
        if (json) {
            NdjsonWriter w = ndjson();
            return w::write;
        }
        Screen screen = screen();
        return value -> {
            synchronized (this) {
                screen.line(human.apply(value));
                out.flush();
                StdoutFailure.check(out);
            }
        };
    }

    /** A listing that is NDJSON whatever stdout is (an explicit --format ndjson). */
    public <T> Listing<T> ndjsonListing() {
        return new Listing<>(ndjson(), null);
    }

    /** Lines for people on stdout, clipped to the terminal's width. */
    Screen screen() {
        return new Screen(out, columns);
    }

    /** What {@link #listing} returns: add records, then close. */
    public final class Listing<T> implements AutoCloseable {
        private final NdjsonWriter lines;
        private final HumanForm<List<T>> human;
        private final List<T> collected = new ArrayList<>();

        private Listing(NdjsonWriter lines, HumanForm<List<T>> human) {
            this.lines = lines;
            this.human = human;
        }

        /** Adds one record; false when the reader went away (stop producing). */
        public boolean add(T value) {
            if (lines == null) {
                collected.add(value);
                return true;
            }
            lines.write(value);
            return !lines.broken();
        }

        /** Draws the table for people (nothing when no record came). */
        @Override
        public void close() {
            if (lines == null && !collected.isEmpty()) result(List.copyOf(collected), human);
        }
    }

    private ObjectMapper pretty() {
        if (pretty == null) pretty = Json.MAPPER.copy().enable(SerializationFeature.INDENT_OUTPUT);
        return pretty;
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

    /** A warning that -q does not silence (config mistakes: a cron job must still hear of them). */
    @Override
    public synchronized void warnAlways(String message) {
        err.println(Printable.of(message.startsWith("warning:") ? message : "warning: " + message));
    }

    /**
     * A run's one-line summary on stderr: for people unless -q; with -q still printed, as an error,
     * when the run {@code failed}, so an exit other than 0 never comes without a word.
     */
    public synchronized void summaryLine(String line, boolean failed) {
        if (!quiet) err.println(Printable.of(line));
        else if (failed) error(line);
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

    /** Epoch millis as the ISO-8601 instant the JSON lines print; null stays null. */
    public static String iso(Long millis) {
        return millis == null ? null : java.time.Instant.ofEpochMilli(millis).toString();
    }
}
