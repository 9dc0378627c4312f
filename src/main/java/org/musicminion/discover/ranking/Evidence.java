package org.musicminion.discover.ranking;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * How the listener judged the picks of each artist (tracks the artist reposted or liked) and the uploads
 * of each uploader, counted from a set of verdicts, with the overall keep rate as the smoothing prior.
 * Immutable. {@link #without} gives the evidence minus one verdict, so a training example never sees its own
 * label.
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
    private final int liked;
    private final int judged;
    private final Verdict excluded;
    private final Set<String> excludedArtists;

    private Evidence(Map<String, Count> artists, Map<String, Count> uploaders, int liked, int judged) {
        this(artists, uploaders, liked, judged, null, Set.of());
    }

    private Evidence(Map<String, Count> artists, Map<String, Count> uploaders, int liked, int judged, Verdict excluded,
                     Set<String> excludedArtists) {
        this.artists = artists;
        this.uploaders = uploaders;
        this.liked = liked;
        this.judged = judged;
        this.excluded = excluded;
        this.excludedArtists = excludedArtists;
    }

    public static final Evidence NONE = new Evidence(Map.of(), Map.of(), 0, 0);

    /** Counts {@code verdicts}: each verdict counts once for every artist that reposted or liked the track, and for its uploader. */
    public static Evidence of(Collection<Verdict> verdicts) {
        Map<String, Count> artists = new HashMap<>();
        Map<String, Count> uploaders = new HashMap<>();
        int liked = 0;
        for (Verdict v : verdicts) {
            for (String a : artistsOf(v.track())) artists.merge(a, Count.NONE.plus(v.kept(), 1), Evidence::sum);
            if (v.track().uploaderUrn() != null) uploaders.merge(v.track().uploaderUrn(), Count.NONE.plus(v.kept(), 1), Evidence::sum);
            if (v.kept()) liked++;
        }
        return new Evidence(Map.copyOf(artists), Map.copyOf(uploaders), liked, verdicts.size());
    }

    /** Builds evidence from counts the index already holds (per artist), with the overall numbers. */
    public static Evidence ofCounts(Map<String, Count> artists, Map<String, Count> uploaders, int liked, int judged) {
        return new Evidence(Map.copyOf(artists), Map.copyOf(uploaders), liked, judged);
    }

    private static Count sum(Count a, Count b) {
        return new Count(a.liked() + b.liked(), a.judged() + b.judged());
    }

    private static Set<String> artistsOf(TrackFacts t) {
        Set<String> out = new HashSet<>();
        for (TrackFacts.Source s : t.reposters()) out.add(s.artistUrn());
        for (TrackFacts.Source s : t.likers()) out.add(s.artistUrn());
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
        Count c = artists.getOrDefault(urn, Count.NONE);
        return excluded != null && excludedArtists.contains(urn) ? c.plus(excluded.kept(), -1) : c;
    }

    public Count uploader(String urn) {
        if (urn == null) return Count.NONE;
        Count c = uploaders.getOrDefault(urn, Count.NONE);
        return excluded != null && urn.equals(excluded.track().uploaderUrn()) ? c.plus(excluded.kept(), -1) : c;
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

    /**
     * This evidence without verdict {@code v} (which must have been counted in it): a view that subtracts it
     * from the counts it touches, so a training example's features never rest on its own label.
     */
    public Evidence without(Verdict v) {
        return new Evidence(artists, uploaders, liked - (v.kept() ? 1 : 0), judged - 1, v, artistsOf(v.track()));
    }
}
