package org.musicminion.discover.text;

/**
 * Makes text that came from outside (server titles and error messages, stdin lines, callback
 * parameters) safe to print for people on a terminal or in a log: control characters (C0, DEL,
 * C1, so no ANSI escape sequence, carriage return or newline can repaint or forge a line),
 * bidirectional overrides and unpaired surrogates are replaced by visible escapes such as
 * {@code \x1b} or {@code \u202e}, and over-long text is shortened with its length said.
 * JSON needs {@link JsonEscapes} instead (Jackson itself escapes only C0), text for a terminal this
 * (cli's Output.shown applies it only when stdout is one). Stateless.
 */
public final class Printable {
    /** How much of an over-long text {@link #shortened} keeps. */
    public static final int SHORT = 120;

    private Printable() {}

    /** {@code text} with every character that could move the cursor or reorder the line escaped; null stays "null". */
    public static String of(CharSequence text) {
        if (text == null) return "null";
        int n = text.length();
        int i = 0;
        while (i < n && safe(text, i)) i++;
        if (i == n) return text.toString();
        StringBuilder b = new StringBuilder(n + 16).append(text, 0, i);
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (safe(text, i)) b.append(c);
            else if (c == '\n') b.append("\\n");
            else if (c == '\r') b.append("\\r");
            else if (c == '\t') b.append("\\t");
            else if (c < 0x100) b.append("\\x").append(hex(c, 2));
            else b.append("\\u").append(hex(c, 4));
        }
        return b.toString();
    }

    /**
     * {@link #of} of at most the first {@code max} characters of {@code text}; when it is longer,
     * followed by an ellipsis and how many characters the whole had, so a 5 MB line stays one short line.
     */
    public static String shortened(CharSequence text, int max) {
        if (text == null) return "null";
        if (text.length() <= max) return of(text);
        int end = max;
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) end--; // never split a pair
        return of(text.subSequence(0, end)) + "… (" + text.length() + " characters)";
    }

    /** {@link #shortened} to {@link #SHORT} characters. */
    public static String shortened(CharSequence text) {
        return shortened(text, SHORT);
    }

    /**
     * True for a character that must never reach a terminal raw, whatever surrounds it: C0 controls
     * (newline and tab too), DEL, C1 controls (U+009B is a one-byte CSI), and the bidirectional marks,
     * embeddings, overrides and isolates (U+202E can make a title read backwards). Surrogates are
     * judged in pairs by {@link #of}, not here. The one list both {@link #of} and {@link JsonEscapes} use.
     */
    public static boolean control(char c) {
        if (c < 0x20 || (c >= 0x7f && c < 0xa0)) return true;
        return c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069 || c == 0x200e || c == 0x200f || c == 0x061c;
    }

    private static boolean safe(CharSequence s, int i) {
        char c = s.charAt(i);
        if (control(c)) return false;
        if (Character.isHighSurrogate(c)) return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        if (Character.isLowSurrogate(c)) return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
        return true;
    }

    private static String hex(char c, int width) {
        String h = Integer.toHexString(c);
        return "0".repeat(width - h.length()) + h;
    }
}
