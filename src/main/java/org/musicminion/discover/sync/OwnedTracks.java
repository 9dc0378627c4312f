package org.musicminion.discover.sync;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.musicminion.discover.soundcloud.Playlist;
import org.musicminion.discover.soundcloud.Playlists;
import org.musicminion.discover.soundcloud.SoundCloud;
import org.musicminion.discover.soundcloud.Track;

/**
 * The tracks the user already keeps in their own playlists, never proposed again: every track of every
 * playlist on the account except the two judgment playlists and the discovery and mixes playlists
 * (which sync itself fills). One paged read per such playlist.
 */
final class OwnedTracks {
    private OwnedTracks() {}

    /** Reads the owned tracks; {@code ownTitles} are the titles sync manages (judgments, discovery, mixes). */
    static Set<String> fetch(SoundCloud soundcloud, Playlists playlists, List<String> ownTitles) {
        Set<String> managed = new HashSet<>();
        for (String title : ownTitles) {
            Playlist p = playlists.byTitle(title);
            if (p != null) managed.add(p.urn());
        }
        Set<String> owned = new HashSet<>();
        for (Playlist p : playlists.all()) {
            if (managed.contains(p.urn())) continue;
            for (Track t : soundcloud.playlistTracks(p.urn())) owned.add(t.urn());
        }
        return owned;
    }
}
