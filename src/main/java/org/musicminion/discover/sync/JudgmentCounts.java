package org.musicminion.discover.sync;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * What a judgment import changed: tracks newly judged liked / not_interested / not_quite, and tracks
 * on the SoundCloud lists whose stored judgment stayed (already so, or a local judgment).
 */
@JsonPropertyOrder({"liked", "not_interested", "not_quite", "unchanged"})
public record JudgmentCounts(int liked, int notInterested, int notQuite, int unchanged) {
    public static final JudgmentCounts NONE = new JudgmentCounts(0, 0, 0, 0);
}
