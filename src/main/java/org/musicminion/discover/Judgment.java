package org.musicminion.discover;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The listener's verdict on a track, one name end to end: the word typed after {@code --as} and
 * {@code --judgment}, printed in JSON and stored in the {@code judgments} table.
 */
public enum Judgment {
    LIKED("liked"), NOT_INTERESTED("not_interested"), NOT_QUITE("not_quite");

    private final String word;

    Judgment(String word) {
        this.word = word;
    }

    /** The word users type, JSON carries and the database stores. */
    @JsonValue
    public String word() {
        return word;
    }

    /** The word (picocli offers and accepts it). */
    @Override
    public String toString() {
        return word;
    }

    /** The judgment a stored or typed word names; null for null or an unknown word. */
    public static Judgment ofWord(String word) {
        for (Judgment j : values()) if (j.word.equals(word)) return j;
        return null;
    }
}
