package org.musicminion.discover.soundcloud;

import java.time.Instant;

import org.musicminion.discover.SourceKind;

/**
 * One stream item that is about a track, at its exact time: a repost ({@link SourceKind#REPOST}; {@code artistUrn}
 * is the reposter) or an upload ({@link SourceKind#UPLOAD}; {@code artistUrn} is the uploader).
 */
public record FeedItem(SourceKind kind, Instant at, Track track, String artistUrn) {
}
