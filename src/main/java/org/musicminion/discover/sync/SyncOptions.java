package org.musicminion.discover.sync;

import org.musicminion.discover.config.Config;

/**
 * How one sync runs: the command line's choices and the config values it reads.
 * {@code push} is true when the playlist is pushed (--push-playlist or auto_sync).
 */
public record SyncOptions(boolean full, boolean reposts, boolean likes, boolean push, int pageSize, int concurrency,
                          String notInterestedPlaylist, String notQuitePlaylist, String playlistTitle, int maxTracks) {

    public static final String PLAYLIST_TITLE_KEY = "playlists.reposts.title";

    public static SyncOptions from(Config cfg, boolean full, boolean noReposts, boolean noLikes, boolean pushPlaylist) {
        return new SyncOptions(full, !noReposts, !noLikes, pushPlaylist || cfg.getBool("playlists.reposts.auto_sync"),
                cfg.getInt("sync.page_size"), cfg.getInt("sync.concurrency"),
                cfg.getString("judgments.not_interested_playlist"), cfg.getString("judgments.not_quite_playlist"),
                cfg.getString(PLAYLIST_TITLE_KEY), cfg.getInt("playlists.reposts.max_tracks"));
    }
}
