package org.musicminion.discover.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.musicminion.discover.ExitException;
import org.musicminion.discover.http.ApiClient;

/**
 * Replaces the tracks of the user's playlist with a given title: {@code PUT /playlists/{urn}} with
 * {@code {"playlist":{"tracks":[{"urn":"soundcloud:tracks:1"},...]}}} (URN strings, at most 500).
 */
public final class PlaylistPush {
    public static final int MAX_TRACKS = 500;

    private final ApiClient api;

    public PlaylistPush(ApiClient api) {
        this.api = api;
    }

    /**
     * Pushes {@code trackUrns} (the first 500) to the playlist titled {@code title}; exit 1 naming
     * the title and {@code configKey} when the account has no such playlist.
     */
    public PlaylistResult push(UserPlaylists playlists, String title, String configKey, List<String> trackUrns) {
        UserPlaylists.Playlist p = playlists.byTitle(title);
        if (p == null) {
            throw ExitException.failed("no playlist titled \"" + title + "\" on your SoundCloud account;"
                    + " create it there, or set " + configKey + " in the config to the title of one you have"
                    + " (the index was updated; only the push was skipped)");
        }
        List<Map<String, String>> tracks = new ArrayList<>();
        for (String urn : trackUrns.subList(0, Math.min(MAX_TRACKS, trackUrns.size()))) tracks.add(Map.of("urn", urn));
        api.putJson("/playlists/" + p.urn(), Map.of("playlist", Map.of("tracks", tracks)));
        return new PlaylistResult(p.urn(), tracks.size());
    }
}
