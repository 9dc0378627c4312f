package org.musicminion.discover.soundcloud;

import java.time.Instant;

/**
 * One stream item that is about a track: a repost ({@code artistUrn} is the reposter) or an upload
 * ({@code artistUrn} is the uploader), at its exact time.
 */
public record FeedItem(Kind kind, Instant at, Track track, String artistUrn) {
    /** What the item says happened to the track. */
    public enum Kind { REPOST, UPLOAD }
}
