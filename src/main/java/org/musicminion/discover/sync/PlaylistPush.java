package org.musicminion.discover.sync;

import java.util.List;

import org.musicminion.discover.ExitException;
import org.musicminion.discover.soundcloud.Playlist;
import org.musicminion.discover.soundcloud.Playlists;
import org.musicminion.discover.soundcloud.SoundCloud;
import org.musicminion.discover.writes.WriteBudget;

/**
 * Replaces the tracks of the user's playlist with a given title (at most {@link SoundCloud#MAX_PLAYLIST_TRACKS}), one
 * write of the day's {@link WriteBudget}: when it is spent the push is deferred (a later sync owes it).
 */
final class PlaylistPush {
    private final SoundCloud soundcloud;
    private final WriteBudget budget;

    PlaylistPush(SoundCloud soundcloud, WriteBudget budget) {
        this.soundcloud = soundcloud;
        this.budget = budget;
    }

    /**
     * Pushes {@code trackUrns} to the playlist titled {@code title}, or says it is deferred when the budget is spent;
     * exit 1 naming the title and {@code configKey} when the account has no such playlist.
     */
    PlaylistResult push(Playlists playlists, String title, String configKey, List<String> trackUrns) {
        Playlist p = playlists.byTitle(title);
        if (p == null) {
            throw ExitException.failed("no playlist titled \"" + title + "\" on your SoundCloud account;"
                    + " create it there, or set " + configKey + " in the config to the title of one you have"
                    + " (the index was updated; only the push was skipped)");
        }
        if (!budget.take(WriteBudget.Write.PLAYLIST_EDIT)) return PlaylistResult.deferred(p.urn(), Math.min(trackUrns.size(), SoundCloud.MAX_PLAYLIST_TRACKS));
        return new PlaylistResult(p.urn(), soundcloud.replacePlaylist(p.urn(), trackUrns));
    }
}
