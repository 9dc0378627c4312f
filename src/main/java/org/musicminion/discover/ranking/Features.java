package org.musicminion.discover.ranking;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The keep model's inputs, all known when a track surfaced and held by the index: how many followed artists
 * reposted / liked it, the attributed artist's and the mean source's smoothed keep rate (as log-odds) with
 * the verdicts the first rests on, the uploader's smoothed keep rate and evidence and whether the listener
 * follows them, duration bands, title words (mix / radio / set; remix / edit / bootleg) and the repost lag
 * (days from upload to the first link), and the genre's smoothed keep rate with the verdicts behind it.
 */
public final class Features {
    public static final List<String> NAMES = List.of("reposters", "likers", "placed_by_rate", "mean_source_rate",
            "placed_by_verdicts", "uploader_rate", "uploader_verdicts", "uploader_followed", "under_2m30", "from_2m30_to_4m",
            "from_6m_to_8m", "over_8m", "duration_unknown", "title_mix", "title_remix", "repost_lag_days", "genre_rate",
            "genre_verdicts");
    static final Pattern MIX = Pattern.compile("\\b(mix|mixed|radio|set|live|podcast|episode)\\b");
    static final Pattern REMIX = Pattern.compile("\\b(remix|edit|bootleg|rework|flip|vip)\\b");
    private static final double DAY_MS = 86_400_000.0;

    private Features() {}

    /** The feature vector of {@code t} given {@code e} (evidence known at the time). */
    public static double[] of(TrackFacts t, Evidence e) {
        double[] x = new double[NAMES.size()];
        x[0] = Math.log1p(t.reposters().size());
        x[1] = Math.log1p(t.likers().size());
        String placedBy = Attribution.placedBy(t, e);
        x[2] = logit(placedBy == null ? e.prior() : e.artistRate(placedBy));
        double sum = 0;
        for (TrackFacts.Source s : t.sources()) sum += e.artistRate(s.artistUrn());
        x[3] = logit(t.sources().isEmpty() ? e.prior() : sum / t.sources().size());
        x[4] = Math.log1p(placedBy == null ? 0 : e.artist(placedBy).judged());
        x[5] = logit(e.uploaderRate(t.uploaderUrn()));
        x[6] = Math.log1p(e.uploader(t.uploaderUrn()).judged());
        x[7] = t.uploaderFollowed() ? 1 : 0;
        Long d = t.durationMs();
        if (d == null) {
            x[12] = 1;
        } else {
            double min = d / 60_000.0;
            if (min < 2.5) x[8] = 1;
            else if (min < 4) x[9] = 1;
            else if (min >= 8) x[11] = 1;
            else if (min >= 6) x[10] = 1;
        }
        String title = t.title() == null ? "" : t.title().toLowerCase(Locale.ROOT);
        x[13] = MIX.matcher(title).find() ? 1 : 0;
        x[14] = REMIX.matcher(title).find() ? 1 : 0;
        long firstLink = t.firstSeen();
        for (TrackFacts.Source s : t.sources()) firstLink = Math.min(firstLink, s.firstSeen());
        x[15] = t.createdAt() == null ? 0 : Math.log1p(Math.max(0, firstLink - t.createdAt()) / DAY_MS);
        x[16] = logit(e.genreRate(t.genre()));
        x[17] = Math.log1p(e.genre(t.genre()).judged());
        return x;
    }

    static double logit(double p) {
        double q = Math.min(0.999, Math.max(0.001, p));
        return Math.log(q / (1 - q));
    }
}
