package org.musicminion.discover.sync;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * What a judgment import changed: tracks newly judged liked / not_interested / not_quite (from SoundCloud and
 * from Music Minion together), and tracks on those lists whose stored judgment stayed (already so, or a local
 * judgment). {@code music_minion} is the part that came from the player's database (null when it was not read).
 */
@JsonPropertyOrder({"liked", "not_interested", "not_quite", "unchanged", "music_minion"})
public record JudgmentCounts(int liked, int notInterested, int notQuite, int unchanged, PlayerCounts musicMinion) {
    public static final JudgmentCounts NONE = new JudgmentCounts(0, 0, 0, 0);

    public JudgmentCounts(int liked, int notInterested, int notQuite, int unchanged) {
        this(liked, notInterested, notQuite, unchanged, null);
    }
}
