package org.musicminion.discover.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * How many terminal cells text takes: two for East Asian wide and full-width characters and most
 * emoji, none for combining marks and zero-width joiners, one otherwise; and text clipped to a width
 * with "…". Expects text already made printable. Stateless.
 */
final class Width {
    static final String ELLIPSIS = "…";

    private Width() {}

    static int of(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += cells(cp);
            i += Character.charCount(cp);
        }
        return w;
    }

    /** {@code s} cut to at most {@code width} cells, ending in "…" when cut. */
    static String clip(String s, int width) {
        if (of(s) <= width) return s;
        if (width <= 0) return "";
        int used = 0;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int c = cells(cp);
            if (used + c > width - 1) break;
            used += c;
            i += Character.charCount(cp);
        }
        return s.substring(0, i) + ELLIPSIS;
    }

    /**
     * {@code s} broken at spaces into lines of at most {@code width} cells, each after the first
     * starting with {@code indent}; a word longer than a line is clipped.
     */
    static List<String> wrap(String s, int width, String indent) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int used = 0;
        boolean empty = true; // no word on this line yet
        for (String word : s.split(" ")) {
            if (!empty && used + 1 + of(word) > width) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(indent);
                used = of(indent);
                empty = true;
            }
            if (!empty) {
                line.append(' ');
                used++;
            }
            String fitted = clip(word, Math.max(1, width - used));
            line.append(fitted);
            used += of(fitted);
            empty = false;
        }
        lines.add(line.toString());
        return lines;
    }

    static int cells(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) return 0;
        if (cp >= 0x1100 && cp <= 0x115F || cp >= 0x2E80 && cp <= 0x303E || cp >= 0x3041 && cp <= 0x33FF
                || cp >= 0x3400 && cp <= 0x4DBF || cp >= 0x4E00 && cp <= 0x9FFF || cp >= 0xA000 && cp <= 0xA4CF
                || cp >= 0xAC00 && cp <= 0xD7A3 || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0xFE30 && cp <= 0xFE4F
                || cp >= 0xFF00 && cp <= 0xFF60 || cp >= 0xFFE0 && cp <= 0xFFE6 || cp >= 0x1F300 && cp <= 0x1F64F
                || cp >= 0x1F900 && cp <= 0x1F9FF || cp >= 0x20000 && cp <= 0x3FFFD) {
            return 2;
        }
        return 1;
    }
}
