package org.musicminion.discover.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.musicminion.discover.text.Printable;

/**
 * A table for people on a terminal, like gh's tableprinter: a header, columns aligned by display
 * width (a CJK character or an emoji takes two cells), two spaces between columns, and when the rows
 * are wider than the terminal the clippable columns share what is left and their cells end in "…".
 * Every cell goes through {@link Printable} first: titles and names come from strangers. Not thread-safe.
 */
final class TextTable {
    private static final String GAP = "  ";
    private static final int MIN_CLIPPED = 6;

    /** A column: its header, whether numbers align right, whether it may be clipped to fit. */
    record Column(String header, boolean right, boolean clip) {
        static Column text(String header) {
            return new Column(header, false, true);
        }

        /** Short values that stay whole (dates, words, counts); right-aligned when {@code right}. */
        static Column fixed(String header, boolean right) {
            return new Column(header, right, false);
        }
    }

    private final List<Column> columns;
    private final List<String[]> rows = new ArrayList<>();

    TextTable(Column... columns) {
        this.columns = List.of(columns);
    }

    void row(String... cells) {
        if (cells.length != columns.size()) throw new IllegalArgumentException(cells.length + " cells for " + columns.size() + " columns");
        String[] safe = new String[cells.length];
        for (int i = 0; i < cells.length; i++) safe[i] = cells[i] == null ? "" : Printable.of(cells[i]);
        rows.add(safe);
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The header and rows as lines no wider than {@code width} display cells. */
    List<String> lines(int width) {
        int n = columns.size();
        int[] natural = new int[n];
        for (int c = 0; c < n; c++) natural[c] = Width.of(columns.get(c).header());
        for (String[] r : rows) for (int c = 0; c < n; c++) natural[c] = Math.max(natural[c], Width.of(r[c]));
        int[] w = fit(natural, width);
        List<String> out = new ArrayList<>(rows.size() + 1);
        String[] header = new String[n];
        for (int c = 0; c < n; c++) header[c] = columns.get(c).header();
        out.add(line(header, w));
        for (String[] r : rows) out.add(line(r, w));
        return out;
    }

    /** Column widths: natural when they fit; else the clippable columns share the room the others leave. */
    private int[] fit(int[] natural, int width) {
        int n = natural.length;
        int[] w = Arrays.copyOf(natural, n);
        int total = GAP.length() * (n - 1);
        for (int x : natural) total += x;
        if (total <= width) return w;
        int room = width - GAP.length() * (n - 1);
        List<Integer> clippable = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            if (columns.get(c).clip()) clippable.add(c);
            else room -= natural[c];
        }
        // a fair share for each clippable column; those narrower than it keep their width and leave the rest to others
        boolean settled = false;
        while (!settled && !clippable.isEmpty()) {
            settled = true;
            int share = Math.max(MIN_CLIPPED, room / clippable.size());
            for (int i = 0; i < clippable.size(); i++) {
                int c = clippable.get(i);
                if (natural[c] <= share) {
                    room -= natural[c];
                    clippable.remove(i);
                    settled = false;
                    break;
                }
            }
        }
        if (!clippable.isEmpty()) {
            int share = Math.max(MIN_CLIPPED, room / clippable.size());
            int extra = Math.max(0, room - share * clippable.size());
            for (int c : clippable) {
                w[c] = share + (extra-- > 0 ? 1 : 0);
            }
        }
        return w;
    }

    private String line(String[] cells, int[] w) {
        StringBuilder b = new StringBuilder();
        for (int c = 0; c < cells.length; c++) {
            boolean last = c == cells.length - 1;
            String cell = Width.clip(cells[c], w[c]);
            int pad = w[c] - Width.of(cell);
            if (columns.get(c).right()) b.append(" ".repeat(pad)).append(cell);
            else b.append(cell).append(last ? "" : " ".repeat(pad));
            if (!last) b.append(GAP);
        }
        return b.toString().stripTrailing();
    }
}
