package org.musicminion.discover.triage;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.musicminion.discover.ranking.Smoothing;
import org.musicminion.discover.store.ArtistStats;

/**
 * Which followed artists are noise, and what to do about each: the one definition, used by {@code artists --noisy}
 * and the report. An artist is <b>noisy</b> when they surface at least {@link #NOISY_PER_WEEK} tracks a week (over
 * the last 30 days) and the listener keeps fewer of them than of everything else: their smoothed keep rate (Beta
 * prior toward the overall rate, {@link Smoothing}) is below the overall keep rate. The suggestion for a noisy artist:
 * <ul>
 * <li>{@code keep} while fewer than {@link #MIN_VERDICTS} verdicts stand behind the rate (too little to say);</li>
 * <li>{@code unfollow candidate} with at least {@link #UNFOLLOW_VERDICTS} verdicts and a smoothed keep rate below half
 * the overall one;</li>
 * <li>{@code mute candidate} otherwise (below average, but not clearly worthless).</li>
 * </ul>
 * An artist who is not noisy is {@code keep}.
 */
public final class Noise {
    /** Tracks surfaced a week (30-day average) from which an artist can be noise. */
    public static final double NOISY_PER_WEEK = 3.0;
    /** Verdicts needed before anything but keep is suggested. */
    public static final int MIN_VERDICTS = 5;
    /** Verdicts needed before unfollowing is suggested. */
    public static final int UNFOLLOW_VERDICTS = 10;

    private Noise() {}

    /** What to do about an artist. */
    public enum Suggestion {
        KEEP("keep"), MUTE_CANDIDATE("mute candidate"), UNFOLLOW_CANDIDATE("unfollow candidate");

        private final String words;

        Suggestion(String words) {
            this.words = words;
        }

        /** The plain words printed ({@code keep}, {@code mute candidate}, {@code unfollow candidate}). */
        @com.fasterxml.jackson.annotation.JsonValue
        @Override
        public String toString() {
            return words;
        }
    }

    /**
     * One artist's numbers and the suggestion they lead to. {@code keepRate} is smoothed; {@code overallKeepRate} the
     * listener's, the prior; {@code reason} says it with the numbers.
     */
    public record Assessment(double tracksPerWeek, double keepRate, int verdicts, int liked, double overallKeepRate,
                             boolean noisy, Suggestion suggestion, String reason) {
        /** Tracks a week the listener does not keep, the order of {@code artists --noisy} (most first). */
        public double unkeptPerWeek() {
            return tracksPerWeek * (1 - keepRate);
        }
    }

    /** A followed artist of the index and what {@link #assess} makes of them. */
    public record NoisyArtist(ArtistStats.Row artist, Assessment assessment) {
    }

    /**
     * The noisy followed artists among {@code rows}, most unkept tracks a week first (then by URN), at most
     * {@code limit} (null: all); {@code overallKeepRate} is the listener's, the prior. What {@code artists --noisy} lists.
     */
    public static List<NoisyArtist> noisiest(List<ArtistStats.Row> rows, double overallKeepRate, Integer limit) {
        return rows.stream().filter(ArtistStats.Row::followed)
                .map(r -> new NoisyArtist(r, assess(r.activity().perDay30d(), r.tally().liked(), r.tally().judged(), overallKeepRate)))
                .filter(n -> n.assessment().noisy())
                .sorted(Comparator.comparingDouble((NoisyArtist n) -> n.assessment().unkeptPerWeek()).reversed()
                        .thenComparing(n -> n.artist().urn()))
                .limit(limit == null ? Long.MAX_VALUE : limit)
                .toList();
    }

    /** Assesses an artist from tracks surfaced per day over 30 days, liked and judged tracks, and the overall keep rate. */
    public static Assessment assess(double perDay30d, int liked, int judged, double overallKeepRate) {
        double perWeek = perDay30d * 7;
        double keep = Smoothing.rate(liked, judged, overallKeepRate);
        boolean noisy = perWeek >= NOISY_PER_WEEK && keep < overallKeepRate;
        String numbers = String.format(Locale.ROOT, "%.1f tracks a week, you keep %.0f %% (%d liked of %d verdicts; overall %.0f %%)",
                perWeek, 100 * keep, liked, judged, 100 * overallKeepRate);
        Suggestion s;
        String why;
        if (!noisy) {
            s = Suggestion.KEEP;
            why = perWeek < NOISY_PER_WEEK ? "not noisy: " + numbers : "kept as often as the rest: " + numbers;
        } else if (judged < MIN_VERDICTS) {
            s = Suggestion.KEEP;
            why = "too few verdicts to say (" + MIN_VERDICTS + " needed): " + numbers;
        } else if (judged >= UNFOLLOW_VERDICTS && keep < overallKeepRate / 2) {
            s = Suggestion.UNFOLLOW_CANDIDATE;
            why = "kept less than half as often as the rest: " + numbers;
        } else {
            s = Suggestion.MUTE_CANDIDATE;
            why = "kept less often than the rest: " + numbers;
        }
        return new Assessment(perWeek, keep, judged, liked, overallKeepRate, noisy, s, why);
    }
}
