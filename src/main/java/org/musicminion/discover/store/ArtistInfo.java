package org.musicminion.discover.store;

/** A followed artist as stored in {@code artists}. */
public record ArtistInfo(String urn, long id, String username, String permalinkUrl) {
}
