package org.musicminion.discover.ranking;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** Which scorer ranked a playlist; {@code auto} in config lets the model rank when it wins the chronological test. */
public enum RankingKind {
    MODEL, HEURISTIC;

    /** The JSON / config spelling: {@code model}, {@code heuristic}. */
    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return label();
    }
}
