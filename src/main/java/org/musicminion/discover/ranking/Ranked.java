package org.musicminion.discover.ranking;

import java.util.List;

/**
 * What a ranking proposes: the discovery picks in playlist order, the mixes (URNs, newest first), whether
 * the discovery playlist needed tracks beyond the artists' slots, which scorer ranked, and the chronological
 * evaluation behind that choice (null for rankings that do not learn).
 */
public record Ranked(List<Pick> discovery, List<String> mixes, boolean slotsRelaxed, RankingKind ranking, Evaluation evaluation) {

    public List<String> discoveryUrns() {
        return discovery.stream().map(Pick::urn).toList();
    }
}
