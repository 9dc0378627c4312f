package org.musicminion.discover.judge;

import org.musicminion.discover.Judgment;

/** What `judge --as` accepts: a {@link Judgment} to record, or {@code clear} to remove one. */
public enum Verdict {
    LIKED(Judgment.LIKED), NOT_INTERESTED(Judgment.NOT_INTERESTED), NOT_QUITE(Judgment.NOT_QUITE), CLEAR(null);

    private final Judgment judgment;

    Verdict(Judgment judgment) {
        this.judgment = judgment;
    }

    /** The judgment recorded, or null for {@code clear}. */
    public Judgment judgment() {
        return judgment;
    }

    /** The word users type: the judgment's, or {@code clear}. */
    public String word() {
        return judgment == null ? "clear" : judgment.word();
    }

    /** The word (picocli offers and accepts it). */
    @Override
    public String toString() {
        return word();
    }
}
