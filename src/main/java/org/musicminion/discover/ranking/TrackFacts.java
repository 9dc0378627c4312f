package org.musicminion.discover.ranking;

import java.util.List;

/**
 * What the index knows about a track when ranking it: title, uploader (and whether the listener follows
 * them), duration, upload time and genre when known, when sync first saw it, and the followed artists that
 * reposted, liked or uploaded it, each with the time the link was first seen. Times are epoch millis.
 */
public record TrackFacts(String urn, String title, String uploaderUrn, boolean uploaderFollowed, Long durationMs, Long createdAt,
                         String genre, long firstSeen, List<Source> reposters, List<Source> likers, List<Source> uploads) {

    /** A followed artist's repost, like or upload of the track, first seen at {@code firstSeen}. */
    public record Source(String artistUrn, long firstSeen) {
    }

    public TrackFacts {
        reposters = List.copyOf(reposters);
        likers = List.copyOf(likers);
        uploads = List.copyOf(uploads);
    }

    /** A track without genre or followed uploader links. */
    public TrackFacts(String urn, String title, String uploaderUrn, boolean uploaderFollowed, Long durationMs, Long createdAt,
                      long firstSeen, List<Source> reposters, List<Source> likers) {
        this(urn, title, uploaderUrn, uploaderFollowed, durationMs, createdAt, null, firstSeen, reposters, likers, List.of());
    }

    /** The artists the track counts for: its reposters, else its likers, else the followed artists who uploaded it. */
    public List<Source> sources() {
        return !reposters.isEmpty() ? reposters : !likers.isEmpty() ? likers : uploads;
    }

    /** The same track as it was known at {@code time}: links first seen later are left out. */
    public TrackFacts asOf(long time) {
        return new TrackFacts(urn, title, uploaderUrn, uploaderFollowed, durationMs, createdAt, genre, firstSeen,
                reposters.stream().filter(s -> s.firstSeen() <= time).toList(),
                likers.stream().filter(s -> s.firstSeen() <= time).toList(),
                uploads.stream().filter(s -> s.firstSeen() <= time).toList());
    }
}
