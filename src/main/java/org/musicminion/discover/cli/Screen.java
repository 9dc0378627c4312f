package org.musicminion.discover.cli;

import java.io.PrintStream;

import org.musicminion.discover.text.Printable;

/**
 * stdout for people: prose made printable ({@link Printable}) and wrapped at spaces to the terminal's
 * width (continuation lines indented two spaces), tables through {@link TextTable}, whose cells are clipped. Not thread-safe; {@link Output} hands one out per result.
 */
public final class Screen {
    private final PrintStream out;
    private final int width;

    Screen(PrintStream out, int width) {
        this.out = out;
        this.width = width;
    }

    public int width() {
        return width;
    }

    /** One line of prose, wrapped to the width. */
    public Screen line(String text) {
        for (String l : Width.wrap(Printable.of(text), width, "  ")) out.println(l);
        return this;
    }

    public Screen blank() {
        out.println();
        return this;
    }

    public Screen table(TextTable table) {
        for (String l : table.lines(width)) out.println(l);
        return this;
    }
}
