package org.musicminion.discover.ranking;

import java.util.List;

/**
 * What the index knows about a track when ranking it: title, uploader (and whether the listener
 * follows them), duration and upload time when known, when sync first saw it, and the followed
 * artists that reposted or liked it, each with the time the link was first seen. Times are epoch millis.
 */
public record TrackFacts(String urn, String title, String uploaderUrn, boolean uploaderFollowed, Long durationMs, Long createdAt,
                         long firstSeen, List<Source> reposters, List<Source> likers) {

    /** A followed artist's repost or like of the track, first seen at {@code firstSeen}. */
    public record Source(String artistUrn, long firstSeen) {
    }

    public TrackFacts {
        reposters = List.copyOf(reposters);
        likers = List.copyOf(likers);
    }

    /** The artists the track counts for: its reposters, or its likers when nobody reposted it. */
    public List<Source> sources() {
        return reposters.isEmpty() ? likers : reposters;
    }

    /** The same track as it was known at {@code time}: links first seen later are left out. */
    public TrackFacts asOf(long time) {
        return new TrackFacts(urn, title, uploaderUrn, uploaderFollowed, durationMs, createdAt, firstSeen,
                reposters.stream().filter(s -> s.firstSeen() <= time).toList(),
                likers.stream().filter(s -> s.firstSeen() <= time).toList());
    }
}
