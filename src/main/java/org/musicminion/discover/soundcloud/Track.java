package org.musicminion.discover.soundcloud;

/**
 * A track as SoundCloud describes it; {@code urn} is {@code soundcloud:tracks:<id>}. Fields the server
 * left out or sent as null are null ({@code durationMs} too).
 */
public record Track(String urn, long id, String title, String artistUrn, String artistName, String permalinkUrl,
                    Long durationMs, String createdAt, String genre) {

    /** A track whose genre is not known. */
    public Track(String urn, long id, String title, String artistUrn, String artistName, String permalinkUrl, Long durationMs,
                 String createdAt) {
        this(urn, id, title, artistUrn, artistName, permalinkUrl, durationMs, createdAt, null);
    }
}
