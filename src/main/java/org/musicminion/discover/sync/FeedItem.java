package org.musicminion.discover.sync;

import java.time.Instant;

import org.musicminion.discover.store.TrackInfo;

/**
 * One stream item that is about a track: a repost ({@code artistUrn} is the reposter) or an upload
 * ({@code artistUrn} is the uploader), at its exact time.
 */
public record FeedItem(Kind kind, Instant at, TrackInfo track, String artistUrn) {
    /** What the item says happened to the track. */
    public enum Kind { REPOST, UPLOAD }
}
