package org.musicminion.discover.ranking;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * How the listener judged the picks of each artist (tracks the artist reposted, liked or uploaded), the
 * uploads of each uploader and the tracks of each genre, counted from a set of verdicts, with the overall keep rate as the smoothing prior.
 * Immutable; {@link Builder} counts verdicts one by one (the keep model's training rows see only earlier ones).
 */
public final class Evidence {
    /** Liked and judged counts. */
    public record Count(int liked, int judged) {
        static final Count NONE = new Count(0, 0);

        Count plus(boolean kept, int sign) {
            return new Count(liked + (kept ? sign : 0), judged + sign);
        }
    }

    private final Map<String, Count> artists;
    private final Map<String, Count> uploaders;
    private final Map<String, Count> genres;
    private final int liked;
    private final int judged;

    private Evidence(Map<String, Count> artists, Map<String, Count> uploaders, Map<String, Count> genres, int liked, int judged) {
        this.artists = artists;
        this.uploaders = uploaders;
        this.genres = genres;
        this.liked = liked;
        this.judged = judged;
    }

    public static final Evidence NONE = new Evidence(Map.of(), Map.of(), Map.of(), 0, 0);

    /**
     * Counts {@code verdicts}: each verdict counts once for every followed artist that reposted, liked or uploaded the
     * track, for its uploader and for its genre (case and spacing ignored).
     */
    public static Evidence of(Collection<Verdict> verdicts) {
        Builder b = new Builder();
        for (Verdict v : verdicts) b.add(v);
        return b.build();
    }

    /** Counts verdicts one at a time; {@link #build} snapshots what was added so far. Not thread-safe. */
    public static final class Builder {
        private final Map<String, Count> artists = new HashMap<>();
        private final Map<String, Count> uploaders = new HashMap<>();
        private final Map<String, Count> genres = new HashMap<>();
        private int liked;
        private int judged;

        public Builder add(Verdict v) {
            for (String a : artistsOf(v.track())) artists.merge(a, Count.NONE.plus(v.kept(), 1), Evidence::sum);
            if (v.track().uploaderUrn() != null) uploaders.merge(v.track().uploaderUrn(), Count.NONE.plus(v.kept(), 1), Evidence::sum);
            String g = genreKey(v.track().genre());
            if (g != null) genres.merge(g, Count.NONE.plus(v.kept(), 1), Evidence::sum);
            if (v.kept()) liked++;
            judged++;
            return this;
        }

        public Evidence build() {
            return new Evidence(Map.copyOf(artists), Map.copyOf(uploaders), Map.copyOf(genres), liked, judged);
        }
    }

    /** A genre as counted: trimmed, lower case; null when blank. */
    static String genreKey(String genre) {
        if (genre == null || genre.isBlank()) return null;
        return genre.strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static Count sum(Count a, Count b) {
        return new Count(a.liked() + b.liked(), a.judged() + b.judged());
    }

    private static Set<String> artistsOf(TrackFacts t) {
        Set<String> out = new HashSet<>();
        for (TrackFacts.Source s : t.reposters()) out.add(s.artistUrn());
        for (TrackFacts.Source s : t.likers()) out.add(s.artistUrn());
        for (TrackFacts.Source s : t.uploads()) out.add(s.artistUrn());
        return out;
    }

    /** The overall keep rate, the prior every smoothed rate shrinks toward. */
    public double prior() {
        return Smoothing.prior(liked, judged);
    }

    public int verdicts() {
        return judged;
    }

    public Count artist(String urn) {
        return artists.getOrDefault(urn, Count.NONE);
    }

    public Count uploader(String urn) {
        if (urn == null) return Count.NONE;
        return uploaders.getOrDefault(urn, Count.NONE);
    }

    public Count genre(String genre) {
        String g = genreKey(genre);
        if (g == null) return Count.NONE;
        return genres.getOrDefault(g, Count.NONE);
    }

    /** The genre's smoothed keep rate (the prior when the genre is unknown). */
    public double genreRate(String genre) {
        Count c = genre(genre);
        return Smoothing.rate(c.liked(), c.judged(), prior());
    }

    /** The artist's smoothed hit rate. */
    public double artistRate(String urn) {
        Count c = artist(urn);
        return Smoothing.rate(c.liked(), c.judged(), prior());
    }

    /** The uploader's smoothed keep rate. */
    public double uploaderRate(String urn) {
        Count c = uploader(urn);
        return Smoothing.rate(c.liked(), c.judged(), prior());
    }
}
