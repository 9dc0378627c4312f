package org.musicminion.discover.sync;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * What the import from Music Minion's database changed: tracks newly judged by the player's verdicts (origin
 * {@code music-minion}), the player's skips newly kept (an implicit signal, not verdicts), and what the database
 * lacked ({@code "table ratings"}, ...; empty when nothing).
 */
@JsonPropertyOrder({"liked", "not_interested", "not_quite", "skips", "missing"})
public record PlayerCounts(int liked, int notInterested, int notQuite, int skips, List<String> missing) {
    public PlayerCounts {
        missing = List.copyOf(missing);
    }
}
