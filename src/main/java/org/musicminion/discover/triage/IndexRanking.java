package org.musicminion.discover.triage;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.musicminion.discover.ranking.DiscoveryRanker;
import org.musicminion.discover.ranking.Evaluation;
import org.musicminion.discover.ranking.Explainer;
import org.musicminion.discover.ranking.Pick;
import org.musicminion.discover.ranking.RankingRules;
import org.musicminion.discover.ranking.TrackFacts;
import org.musicminion.discover.ranking.Verdict;
import org.musicminion.discover.store.Database;
import org.musicminion.discover.store.RankingData;

/**
 * The discovery ranking as it stands on the index now, read-only: the candidates and verdicts
 * ({@link RankingData}, nothing owned left out) handed to the ranking. {@code tracks --explain} asks it
 * how each track scores, {@code evaluate} how the rankings compare on the listener's verdicts.
 */
public final class IndexRanking {
    private final Database db;
    private final RankingRules rules;
    private final Clock clock;

    public IndexRanking(Database db, RankingRules rules, Clock clock) {
        this.db = db;
        this.rules = rules;
        this.clock = clock;
    }

    /**
     * Every track some followed artist surfaced (the unjudged candidates, and the judged tracks that
     * still have a source), scored and explained as the ranking sees it now, by URN.
     */
    public Map<String, Pick> explanations() {
        RankingData.Inputs in = db.read(c -> RankingData.read(c, Set.of()));
        Explainer explainer = new Explainer(rules, in.candidates(), in.verdicts(), clock.millis());
        Map<String, Pick> out = new HashMap<>();
        for (TrackFacts t : in.candidates()) out.put(t.urn(), explainer.explain(t));
        for (Verdict v : in.verdicts()) if (!v.track().sources().isEmpty()) out.put(v.track().urn(), explainer.explain(v.track()));
        return out;
    }

    /** The chronological comparison of the heuristic, the keep model and Music Minion's waterfall on the verdicts. */
    public Evaluation evaluation() {
        RankingData.Inputs in = db.read(c -> RankingData.read(c, Set.of()));
        return new DiscoveryRanker(rules).evaluate(in.candidates(), in.verdicts());
    }
}
