package org.musicminion.discover.soundcloud;

/** A SoundCloud user (an artist the listener follows, or the listener); {@code urn} is {@code soundcloud:users:<id>}. */
public record User(String urn, long id, String username, String permalinkUrl) {
}
