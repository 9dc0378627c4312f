package org.musicminion.discover.sync;

/** The discovery playlist as pushed: its URN and how many tracks it now holds. */
public record PlaylistResult(String urn, int tracks) {
}
