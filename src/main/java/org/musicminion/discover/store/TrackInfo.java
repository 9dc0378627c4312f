package org.musicminion.discover.store;

/** A track as the index stores it: {@code urn} ({@code soundcloud:tracks:<id>}), its id and its {@link TrackMetadata}. */
public record TrackInfo(String urn, long id, TrackMetadata metadata) {

    /** A track whose genre is not known (tests and benches build these). */
    public TrackInfo(String urn, long id, String title, String artistUrn, String artistName, String permalinkUrl, Long durationMs,
                     String createdAt) {
        this(urn, id, new TrackMetadata(title, artistUrn, artistName, permalinkUrl, durationMs, createdAt));
    }
}
