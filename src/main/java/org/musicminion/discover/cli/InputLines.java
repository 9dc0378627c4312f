package org.musicminion.discover.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The inputs of a command that takes items from arguments or stdin: the arguments in order, "-"
 * (or no argument at all) standing for the lines of stdin, read lazily so a long pipe needs little
 * memory. Blank lines and surrounding spaces are dropped.
 */
final class InputLines implements Iterator<String> {
    private final List<String> args;
    private final InputStream in;
    private int i;
    private BufferedReader stdin;
    private String next;

    InputLines(List<String> args, InputStream in) {
        this.args = args.isEmpty() ? List.of("-") : args;
        this.in = in;
    }

    @Override
    public boolean hasNext() {
        while (next == null) {
            if (stdin != null) {
                String line = readLine();
                if (line == null) stdin = null;
                else if (!line.isBlank()) next = line.strip();
                continue;
            }
            if (i >= args.size()) return false;
            String a = args.get(i++);
            if (a.equals("-")) stdin = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            else if (!a.isBlank()) next = a.strip();
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

    private String readLine() {
        try {
            return stdin.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
