package org.musicminion.discover.sync;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.musicminion.discover.http.ApiClient;
import org.musicminion.discover.http.Pages;
import org.musicminion.discover.store.TrackInfo;

/**
 * The tracks the user already keeps in their own playlists, never proposed again: every track of every
 * playlist on the account except the two judgment playlists and the discovery and mixes playlists
 * (which sync itself fills). One paged read per such playlist.
 */
public final class OwnedTracks {
    private OwnedTracks() {}

    /** Reads the owned tracks; {@code ownTitles} are the titles sync manages (judgments, discovery, mixes). */
    public static Set<String> fetch(ApiClient api, int pageSize, UserPlaylists playlists, List<String> ownTitles) {
        Set<String> managed = new HashSet<>();
        for (String title : ownTitles) {
            UserPlaylists.Playlist p = playlists.byTitle(title);
            if (p != null) managed.add(p.urn());
        }
        Set<String> owned = new HashSet<>();
        for (UserPlaylists.Playlist p : playlists.all()) {
            if (managed.contains(p.urn())) continue;
            for (JsonNode item : Pages.of(api, "/playlists/" + p.urn() + "/tracks", pageSize).all()) {
                TrackInfo t = Items.track(item);
                if (t != null) owned.add(t.urn());
            }
        }
        return owned;
    }
}
