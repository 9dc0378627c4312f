package org.musicminion.discover.sync;

import org.musicminion.discover.soundcloud.Track;
import org.musicminion.discover.soundcloud.User;
import org.musicminion.discover.store.ArtistInfo;
import org.musicminion.discover.store.TrackInfo;
import org.musicminion.discover.store.TrackMetadata;

/** SoundCloud's records as the index stores them. */
final class Tracks {
    private Tracks() {}

    static TrackInfo info(Track t) {
        return new TrackInfo(t.urn(), t.id(), new TrackMetadata(t.title(), t.artistUrn(), t.artistName(), t.permalinkUrl(),
                t.durationMs(), t.createdAt(), t.genre()));
    }

    static ArtistInfo artist(User u) {
        return new ArtistInfo(u.urn(), u.id(), u.username(), u.permalinkUrl());
    }
}
