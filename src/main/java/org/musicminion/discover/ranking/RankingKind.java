package org.musicminion.discover.ranking;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Which ranking chose a playlist: the keep model, the heuristic (with {@code ranking.model = "auto"} the model
 * ranks only when it wins the chronological test), or Music Minion's waterfall ({@code "music-minion"}).
 */
public enum RankingKind {
    MODEL("model"), HEURISTIC("heuristic"), MUSIC_MINION("music-minion");

    private final String label;

    RankingKind(String label) {
        this.label = label;
    }

    /** The JSON / config spelling: {@code model}, {@code heuristic}, {@code music-minion}. */
    @JsonValue
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
