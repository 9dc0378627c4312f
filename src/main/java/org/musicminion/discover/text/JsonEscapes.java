package org.musicminion.discover.text;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * Jackson escapes for every JSON we write: besides the C0 controls JSON requires escaped, DEL, the
 * C1 controls and the bidirectional marks ({@link Printable#control}) are written as {@code \\uXXXX}.
 * The text stays exact JSON (a reader gets the same string back), and JSON shown on a terminal can
 * no longer clear the screen, set its title or reorder a line. Set on the shared factories
 * ({@code JsonStream.FACTORY}, {@code Json.MAPPER}); immutable.
 */
public final class JsonEscapes extends CharacterEscapes {
    public static final JsonEscapes INSTANCE = new JsonEscapes();

    private final int[] ascii;

    private JsonEscapes() {
        ascii = CharacterEscapes.standardAsciiEscapesForJSON();
        ascii[0x7f] = CharacterEscapes.ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return ascii; // generators only read it
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        if (ch > 0xffff || !Printable.control((char) ch)) return null;
        String hex = Integer.toHexString(ch).toUpperCase(java.util.Locale.ROOT); // upper case, as Jackson writes its own escapes
        return new SerializedString("\\u" + "0".repeat(4 - hex.length()) + hex);
    }
}
