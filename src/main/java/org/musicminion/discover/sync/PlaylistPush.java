package org.musicminion.discover.sync;

import java.util.List;

import org.musicminion.discover.ExitException;
import org.musicminion.discover.soundcloud.Playlist;
import org.musicminion.discover.soundcloud.Playlists;
import org.musicminion.discover.soundcloud.SoundCloud;

/** Replaces the tracks of the user's playlist with a given title (at most {@link SoundCloud#MAX_PLAYLIST_TRACKS}). */
final class PlaylistPush {
    private final SoundCloud soundcloud;

    PlaylistPush(SoundCloud soundcloud) {
        this.soundcloud = soundcloud;
    }

    /**
     * Pushes {@code trackUrns} to the playlist titled {@code title}; exit 1 naming the title and
     * {@code configKey} when the account has no such playlist.
     */
    PlaylistResult push(Playlists playlists, String title, String configKey, List<String> trackUrns) {
        Playlist p = playlists.byTitle(title);
        if (p == null) {
            throw ExitException.failed("no playlist titled \"" + title + "\" on your SoundCloud account;"
                    + " create it there, or set " + configKey + " in the config to the title of one you have"
                    + " (the index was updated; only the push was skipped)");
        }
        return new PlaylistResult(p.urn(), soundcloud.replacePlaylist(p.urn(), trackUrns));
    }
}
