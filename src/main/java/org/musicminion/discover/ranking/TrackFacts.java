package org.musicminion.discover.ranking;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.musicminion.discover.SourceKind;

/**
 * What the index knows about a track when ranking it: title, uploader (and whether the listener follows
 * them), duration, upload time and genre when known, when sync first saw it, and its links by kind: the
 * followed artists that reposted, liked or uploaded it, each with the time the link was first seen. Times
 * are epoch millis.
 */
public record TrackFacts(String urn, String title, String uploaderUrn, boolean uploaderFollowed, Long durationMs, Long createdAt,
                         String genre, long firstSeen, Map<SourceKind, List<Source>> links) {

    /** A followed artist's repost, like or upload of the track, first seen at {@code firstSeen}. */
    public record Source(String artistUrn, long firstSeen) {
    }

    public TrackFacts {
        EnumMap<SourceKind, List<Source>> copy = new EnumMap<>(SourceKind.class);
        links.forEach((kind, sources) -> {
            if (!sources.isEmpty()) copy.put(kind, List.copyOf(sources));
        });
        links = Collections.unmodifiableMap(copy);
    }

    /** A track linked by reposts and likes only, without genre (tests and benches build these). */
    public TrackFacts(String urn, String title, String uploaderUrn, boolean uploaderFollowed, Long durationMs, Long createdAt,
                      long firstSeen, List<Source> reposters, List<Source> likers) {
        this(urn, title, uploaderUrn, uploaderFollowed, durationMs, createdAt, null, firstSeen,
                Map.of(SourceKind.REPOST, reposters, SourceKind.LIKE, likers));
    }

    /** The links of {@code kind}, oldest first (empty when none). */
    public List<Source> links(SourceKind kind) {
        return links.getOrDefault(kind, List.of());
    }

    /** The followed artists that reposted the track. */
    public List<Source> reposters() {
        return links(SourceKind.REPOST);
    }

    /** The followed artists that liked the track. */
    public List<Source> likers() {
        return links(SourceKind.LIKE);
    }

    /** The artists the track counts for: the links of the first kind it has, in {@link SourceKind}'s order. */
    public List<Source> sources() {
        for (SourceKind kind : SourceKind.values()) if (links.containsKey(kind)) return links.get(kind);
        return List.of();
    }

    /** Every artist linked to the track, once each. */
    public Set<String> surfacedBy() {
        Set<String> out = new LinkedHashSet<>();
        for (List<Source> sources : links.values()) for (Source s : sources) out.add(s.artistUrn());
        return out;
    }

    /** The same track as it was known at {@code time}: links first seen later are left out. */
    public TrackFacts asOf(long time) {
        Map<SourceKind, List<Source>> then = new EnumMap<>(SourceKind.class);
        links.forEach((kind, sources) -> then.put(kind, sources.stream().filter(s -> s.firstSeen() <= time).toList()));
        return new TrackFacts(urn, title, uploaderUrn, uploaderFollowed, durationMs, createdAt, genre, firstSeen, then);
    }
}
