package org.musicminion.discover.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PrintableTest {
    @Test
    void plainTextIncludingAccentsAndCjkIsLeftAlone() {
        String s = "Café del Mar – 日本 🎵";
        assertSame(s, Printable.of(s));
    }

    @Test
    void ansiEscapesAndLineBreaksBecomeVisibleEscapes() {
        assertEquals("red\\x1b[31m\\r\\nwarning: forged\\t\\x00\\x7f\\x9b",
                Printable.of("red\u001b[31m\r\nwarning: forged\t\u0000\u007f\u009b"));
    }

    @Test
    void bidiOverridesAndLoneSurrogatesAreEscaped() {
        assertEquals("abc\\u202edcba\\u2066", Printable.of("abc\u202edcba\u2066"));
        assertEquals("x\\ud800y\\udc00", Printable.of("x\ud800y\udc00"));
    }

    @Test
    void aLongTextIsShortenedWithItsLengthSaid() {
        String s = "a".repeat(5_000_000);
        String p = Printable.shortened(s);
        assertEquals("a".repeat(120) + "… (5000000 characters)", p);
        assertEquals("short", Printable.shortened("short"));
    }

    @Test
    void shorteningNeverSplitsASurrogatePairAndStillEscapes() {
        String s = "a".repeat(4) + "🎵" + "\u001b".repeat(10);
        String p = Printable.shortened(s, 5);
        assertTrue(p.startsWith("aaaa… ("), p);
        assertEquals("\\x1b…", Printable.shortened("\u001b\u001b", 1).substring(0, 5));
    }
}
