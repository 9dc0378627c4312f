package org.musicminion.discover.ranking;

import java.time.Clock;

/** The ranking {@code ranking.model} names: Music Minion's waterfall for {@code "music-minion"}, else the discovery ranking. */
public final class Rankings {
    private Rankings() {}

    public static CandidateRanking of(RankingRules rules, Clock clock) {
        return switch (rules.model()) {
            case MUSIC_MINION -> new MusicMinionWaterfall(rules, clock);
            case AUTO, HEURISTIC -> new DiscoveryRanker(rules, clock);
        };
    }
}
