package org.musicminion.discover.ranking;

/** Scores a track (higher: more likely kept) from what the evidence says. */
public interface Scorer {
    double score(TrackFacts t, Evidence e);

    /**
     * The heuristic: the attributed artist's smoothed hit rate, nudged by the uploader's smoothed keep rate
     * in proportion to the verdicts behind it (at most a quarter of the weight).
     */
    Scorer HEURISTIC = (t, e) -> {
        String placedBy = Attribution.placedBy(t, e);
        double artist = placedBy == null ? e.prior() : e.artistRate(placedBy);
        int uploaderVerdicts = e.uploader(t.uploaderUrn()).judged();
        double w = 0.25 * uploaderVerdicts / (uploaderVerdicts + Smoothing.PRIOR_VERDICTS);
        return (1 - w) * artist + w * e.uploaderRate(t.uploaderUrn());
    };

    /** A fitted keep model: the probability it gives the track's features. */
    static Scorer of(LogisticFit.Model model) {
        return (t, e) -> model.probability(Features.of(t, e));
    }
}
