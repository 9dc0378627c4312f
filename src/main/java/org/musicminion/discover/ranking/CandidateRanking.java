package org.musicminion.discover.ranking;

import java.util.List;

/**
 * Picks the discovery and mixes playlists from the unjudged candidates and the listener's verdicts. Sync
 * uses {@link DiscoveryRanker}; the keep-rate benchmark plugs in its baselines here.
 */
public interface CandidateRanking {
    Ranked rank(List<TrackFacts> candidates, List<Verdict> verdicts);
}
