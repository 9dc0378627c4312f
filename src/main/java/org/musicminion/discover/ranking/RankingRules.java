package org.musicminion.discover.ranking;

/**
 * The playlist rules from the config: {@code maxTracks} discovery tracks, {@code perArtistCap} the most
 * slots any artist may hold (0 = no cap), the slot brackets, the duration window in milliseconds (longer
 * tracks are mixes), the mixes playlist's size, whether the model may rank ({@code ranking.model = "auto"})
 * and how many verdicts it needs first ({@code ranking.min_verdicts}).
 */
public record RankingRules(int maxTracks, int perArtistCap, SlotBrackets slots, long minDurationMs, long maxDurationMs,
                           int mixesMaxTracks, boolean modelAllowed, int minVerdicts) {
}
