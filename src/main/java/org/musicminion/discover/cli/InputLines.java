package org.musicminion.discover.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import org.musicminion.discover.Json;

/**
 * The inputs of a command that takes items from arguments or stdin: the arguments in order, "-"
 * (or no argument at all) standing for the lines of stdin, read lazily so a long pipe needs little
 * memory. Blank lines of stdin and surrounding spaces are dropped; a blank argument is kept (the
 * command answers it as invalid, one answer per input).
 *
 * <p>A line is read with a bounded buffer: of a line longer than {@link #MAX_LINE_CHARS} only the
 * first {@code MAX_LINE_CHARS + 1} characters are kept and the rest is skipped unread into memory, so
 * a 300 MB line costs 64 KiB, and the kept prefix is still too long to be any valid input.
 *
 * <p>An input that is a JSON object (a line this tool printed, e.g. {@code tracks | judge}) stands for
 * its first present field among {@code jsonFields}.
 */
final class InputLines implements Iterator<String> {
    /** Longest stdin line kept whole: room for the NDJSON lines the tool prints (a tracks line is ~2 KB). */
    static final int MAX_LINE_CHARS = 64 * 1024;

    private final List<String> args;
    private final InputStream in;
    private final List<String> jsonFields;
    private int i;
    private BoundedLineReader stdin;
    private String next;

    InputLines(List<String> args, InputStream in, List<String> jsonFields) {
        this.args = args.isEmpty() ? List.of("-") : args;
        this.in = in;
        this.jsonFields = jsonFields;
    }

    @Override
    public boolean hasNext() {
        while (next == null) {
            if (stdin != null) {
                String line = stdin.readLine();
                if (line == null) stdin = null;
                else if (!line.isBlank()) next = fromJson(line.strip());
                continue;
            }
            if (i >= args.size()) return false;
            String a = args.get(i++);
            if (a.equals("-")) stdin = new BoundedLineReader(new InputStreamReader(in, StandardCharsets.UTF_8), MAX_LINE_CHARS);
            else next = fromJson(a.strip());
        }
        return true;
    }

    @Override
    public String next() {
        if (!hasNext()) throw new NoSuchElementException();
        String n = next;
        next = null;
        return n;
    }

    /** The first present field of {@code jsonFields} when {@code s} is a JSON object; else {@code s}. */
    private String fromJson(String s) {
        if (jsonFields.isEmpty() || !s.startsWith("{") || !s.endsWith("}")) return s;
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(s);
        } catch (JsonProcessingException notJson) {
            return s;
        }
        for (String f : jsonFields) {
            JsonNode v = node.get(f);
            if (v != null && (v.isTextual() || v.isIntegralNumber())) return v.asText().strip();
        }
        return s;
    }

    /** Lines of a reader, each cut to at most {@code max + 1} characters; the rest of a longer line is skipped. */
    static final class BoundedLineReader {
        private final Reader reader;
        private final int max;
        private final char[] buf = new char[8192];
        private int pos;
        private int end;
        private boolean eof;

        BoundedLineReader(Reader reader, int max) {
            this.reader = reader;
            this.max = max;
        }

        /** The next line without its terminator (\n, \r\n), cut to max + 1 characters; null at the end. */
        String readLine() {
            StringBuilder line = null;
            while (true) {
                if (pos >= end && !fill()) {
                    return line == null ? null : trimCr(line);
                }
                if (line == null) line = new StringBuilder(Math.min(end - pos, 256));
                int start = pos;
                while (pos < end && buf[pos] != '\n') pos++;
                int room = max + 1 - line.length();
                if (room > 0) line.append(buf, start, Math.min(pos - start, room));
                if (pos < end) { // found the newline
                    pos++;
                    return trimCr(line);
                }
            }
        }

        private static String trimCr(StringBuilder line) {
            int n = line.length();
            if (n > 0 && line.charAt(n - 1) == '\r') line.setLength(n - 1);
            return line.toString();
        }

        private boolean fill() {
            if (eof) return false;
            try {
                int n = reader.read(buf, 0, buf.length);
                if (n < 0) {
                    eof = true;
                    return false;
                }
                pos = 0;
                end = n;
                return true;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
