package org.musicminion.discover.soundcloud;

/** One of the listener's playlists: its URN, title and how many tracks SoundCloud says it holds. */
public record Playlist(String urn, String title, int trackCount) {
}
