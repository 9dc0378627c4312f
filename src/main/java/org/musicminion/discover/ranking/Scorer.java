package org.musicminion.discover.ranking;

/** Scores a track (higher: more likely kept) from what the evidence says. */
public interface Scorer {
    double score(TrackFacts t, Evidence e);

    /**
     * The heuristic: the keep rate of the track's sources pooled (all their verdicts together, smoothed toward the
     * overall rate: the best single source's rate is biased upward when a track has many), nudged by the uploader's
     * and the genre's smoothed rates in proportion to the verdicts behind each (at most a quarter of the weight each).
     */
    Scorer HEURISTIC = (t, e) -> {
        int liked = 0;
        int judged = 0;
        for (TrackFacts.Source s : t.sources()) {
            Evidence.Count c = e.artist(s.artistUrn());
            liked += c.liked();
            judged += c.judged();
        }
        double score = Smoothing.rate(liked, judged, e.prior());
        int u = e.uploader(t.uploaderUrn()).judged();
        double wu = 0.25 * u / (u + Smoothing.PRIOR_VERDICTS);
        int g = e.genre(t.genre()).judged();
        double wg = 0.25 * g / (g + Smoothing.PRIOR_VERDICTS);
        return (1 - wu - wg) * score + wu * e.uploaderRate(t.uploaderUrn()) + wg * e.genreRate(t.genre());
    };

    /** A fitted keep model: the probability it gives the track's features. */
    static Scorer of(LogisticFit.Model model) {
        return (t, e) -> model.probability(Features.of(t, e));
    }
}
