package org.musicminion.discover.store;

/** A track's metadata as stored in {@code tracks}; {@code urn} is {@code soundcloud:tracks:<id>}. */
public record TrackInfo(String urn, long id, String title, String artistUrn, String artistName, String permalinkUrl,
                        Long durationMs, String createdAt, String genre) {

    /** A track whose genre is not known. */
    public TrackInfo(String urn, long id, String title, String artistUrn, String artistName, String permalinkUrl, Long durationMs,
                     String createdAt) {
        this(urn, id, title, artistUrn, artistName, permalinkUrl, durationMs, createdAt, null);
    }
}
