package org.musicminion.discover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Tables and prose for people fit the terminal: aligned by display width, clipped or wrapped, strangers' text escaped. */
class TextTableTest {
    @Test
    void rowsThatFitAreAlignedAndNumbersSitRight() {
        TextTable t = new TextTable(TextTable.Column.text("NAME"), TextTable.Column.fixed("N", true));
        t.row("alpha", "7");
        t.row("be", "120");
        assertEquals(List.of("NAME     N", "alpha    7", "be     120"), t.lines(80));
    }

    @Test
    void aTableWiderThanTheTerminalClipsItsTextColumnsAndKeepsTheFixedOnes() {
        TextTable t = new TextTable(TextTable.Column.text("TRACK"), TextTable.Column.text("BY"), TextTable.Column.fixed("WHEN", false));
        t.row("A very long title that goes on and on — Some Uploader", "alpha, beta, gamma reposted", "2026-11-20");
        t.row("Short", "delta", "2026-11-21");
        List<String> lines = t.lines(50);
        for (String l : lines) assertTrue(Width.of(l) <= 50, l + " is " + Width.of(l) + " wide");
        assertTrue(lines.get(1).contains("…") && lines.get(1).endsWith("2026-11-20"), lines.get(1));
        assertTrue(lines.get(2).startsWith("Short ") && lines.get(2).endsWith("2026-11-21"), lines.get(2));
    }

    @Test
    void wideCharactersCountTwoCellsAndControlCharactersAreEscaped() {
        assertEquals(4, Width.of("日本"));
        assertEquals("日…", Width.clip("日本語", 3));
        TextTable t = new TextTable(TextTable.Column.text("TITLE"), TextTable.Column.fixed("X", false));
        t.row("日本語\u001b[2Jboom\u202e", "x");
        String row = t.lines(80).get(1);
        assertFalse(row.contains("\u001b") || row.contains("\u202e"), row);
        assertTrue(row.startsWith("日本語\\x1b[2Jboom\\u202e"), row);
    }

    @Test
    void proseWrapsAtSpacesWithAHangingIndent() {
        assertEquals(List.of("one two", "  three", "  four"), Width.wrap("one two three four", 8, "  "));
        assertEquals(List.of("short"), Width.wrap("short", 80, "  "));
    }
}
