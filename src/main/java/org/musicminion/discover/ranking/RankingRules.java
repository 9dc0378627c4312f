package org.musicminion.discover.ranking;

import org.musicminion.discover.config.Settings;

/**
 * The playlist rules from the config: {@code maxTracks} discovery tracks, {@code perArtistCap} the most
 * slots any artist may hold (0 = no cap), the slot brackets, the duration window in milliseconds (longer
 * tracks are mixes), the mixes playlist's size, which ranking ranks ({@code ranking.model}) and how many
 * verdicts the keep model needs first ({@code ranking.min_verdicts}).
 */
public record RankingRules(int maxTracks, int perArtistCap, SlotBrackets slots, long minDurationMs, long maxDurationMs,
                           int mixesMaxTracks, Settings.Ranking.Model model, int minVerdicts) {

    public static RankingRules of(Settings s) {
        Settings.Reposts r = s.reposts();
        Settings.Slots b = s.slots();
        return new RankingRules(r.maxTracks(), r.perArtistCap(),
                new SlotBrackets(b.unrated(), b.over40(), b.from20To40(), b.from5To20(), b.under5()),
                r.minDurationSeconds() * 1000L, r.maxDurationSeconds() * 1000L, s.mixes().maxTracks(),
                s.ranking().choice(), s.ranking().minVerdicts());
    }

    /** True when the keep model may rank ({@code ranking.model = "auto"}). */
    public boolean modelAllowed() {
        return model == Settings.Ranking.Model.AUTO;
    }

    /** The same rules ranking with {@code other}. */
    public RankingRules withModel(Settings.Ranking.Model other) {
        return new RankingRules(maxTracks, perArtistCap, slots, minDurationMs, maxDurationMs, mixesMaxTracks, other, minVerdicts);
    }
}
