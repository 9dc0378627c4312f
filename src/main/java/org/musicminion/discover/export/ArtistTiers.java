package org.musicminion.discover.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.musicminion.discover.ranking.Smoothing;
import org.musicminion.discover.store.ArtistVerdicts;
import org.musicminion.discover.triage.Tiers;

/**
 * {@code artist_tiers.csv} as Music Minion's {@code seed_artists_from_csv} reads it: its columns in its order, one
 * row per followed artist, ordered as it ranks them (tier S..D then unrated, then hit_rate descending). Integers are
 * written as integers (it reads them with {@code int()}, which refuses {@code "3.0"}), rates as decimals,
 * {@code in_top_200} as {@code True} / {@code False}. Column meanings: README, "With Music Minion".
 */
public final class ArtistTiers {
    public static final List<String> COLUMNS = List.of("artist_slug", "tier", "total_tracks", "top_200_overlap", "liked",
            "not_interested", "not_quite", "unevaluated", "quality_score", "hit_rate", "not_quite_rate", "in_top_200");

    private ArtistTiers() {}

    /** One artist's row. {@code hitRate} and {@code notQuiteRate} are percentages (0–100), {@code hitRate} smoothed. */
    public record Row(String slug, String tier, int totalTracks, int top200Overlap, int liked, int notInterested, int notQuite,
                      int unevaluated, double qualityScore, double hitRate, double notQuiteRate, boolean inTop200) {
        List<String> fields() {
            return List.of(slug, tier, Integer.toString(totalTracks), Integer.toString(top200Overlap), Integer.toString(liked),
                    Integer.toString(notInterested), Integer.toString(notQuite), Integer.toString(unevaluated), decimal(qualityScore),
                    decimal(hitRate), decimal(notQuiteRate), inTop200 ? "True" : "False");
        }
    }

    /** The rows of {@code artists} with {@code overallKeepRate} as the smoothing prior, in Music Minion's order. */
    public static List<Row> rows(List<ArtistVerdicts.Row> artists, double overallKeepRate) {
        record Scored(ArtistVerdicts.Row a, double keep, double quality) {
        }
        List<Scored> scored = new ArrayList<>();
        for (ArtistVerdicts.Row a : artists) {
            double keep = Smoothing.rate(a.liked(), a.judged(), overallKeepRate);
            scored.add(new Scored(a, keep, Tiers.qualityScore(keep, a.judged())));
        }
        List<Scored> best = scored.stream().filter(s -> s.a().judged() > 0)
                .sorted(Comparator.comparingDouble(Scored::quality).reversed().thenComparing(s -> s.a().urn()))
                .limit(Tiers.TOP).toList();
        java.util.Set<String> top = new java.util.HashSet<>();
        best.forEach(s -> top.add(s.a().urn()));
        List<Row> rows = new ArrayList<>();
        for (Scored s : scored) {
            ArtistVerdicts.Row a = s.a();
            int judged = a.judged();
            rows.add(new Row(slug(a), Tiers.tier(s.keep(), judged, overallKeepRate), a.surfaced(), a.recentLikes(), a.liked(), a.notInterested(),
                    a.notQuite(), Math.max(0, a.surfaced() - judged), round1(s.quality()), round1(100 * s.keep()),
                    judged == 0 ? 0 : round1(100.0 * a.notQuite() / judged), top.contains(a.urn())));
        }
        rows.sort(Comparator.comparingInt((Row r) -> Tiers.priority(r.tier())).thenComparing(Comparator.comparingDouble(Row::hitRate)
                .reversed()).thenComparing(Row::slug));
        return rows;
    }

    /** Writes the header and the rows. */
    public static void write(Writer out, List<Row> rows) throws IOException {
        Csv.row(out, COLUMNS);
        for (Row r : rows) Csv.row(out, r.fields());
    }

    /** The artist's SoundCloud permalink: the last path segment of its permalink URL ("" when unknown). */
    static String slug(ArtistVerdicts.Row a) {
        String url = a.permalinkUrl();
        if (url == null || url.isBlank()) return "";
        String path = url.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*", "").replaceAll("[?#].*$", "").replaceAll("/+$", "");
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static String decimal(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
