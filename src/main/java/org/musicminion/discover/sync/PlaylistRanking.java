package org.musicminion.discover.sync;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;

import org.musicminion.discover.ranking.CandidateRanking;
import org.musicminion.discover.ranking.Ranked;
import org.musicminion.discover.store.RankingData;

/**
 * Chooses the tracks of the discovery and mixes playlists from the index as it stands in the caller's
 * transaction (after the plan's merge). {@link Sync} calls it only when a playlist is pushed or
 * previewed; {@link #of} reads the candidates and verdicts and hands them to a {@link CandidateRanking}
 * ({@link org.musicminion.discover.ranking.DiscoveryRanker} in use; the keep-rate benchmark plugs in others).
 */
@FunctionalInterface
public interface PlaylistRanking {
    /** The picks, best first; {@code owned} are tracks already in the user's other playlists (never proposed). */
    Ranked rank(Connection c, Set<String> owned) throws SQLException;

    /** Ranks the index's candidates (minus {@code owned}) with {@code ranking}, on the index's verdicts. */
    static PlaylistRanking of(CandidateRanking ranking) {
        return (c, owned) -> {
            RankingData.Inputs in = RankingData.read(c, owned);
            return ranking.rank(in.candidates(), in.verdicts());
        };
    }
}
