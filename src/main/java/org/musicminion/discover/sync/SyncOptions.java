package org.musicminion.discover.sync;

import org.musicminion.discover.ExitException;
import org.musicminion.discover.config.Config;

/**
 * How one sync runs: the command line's choices and the config values it reads.
 * {@code push} is true when the playlist is pushed (--push-playlist or auto_sync); {@code all} fetches
 * every followed artist, not only the due ones ({@code full} implies it); {@code dryRun} reads
 * everything and writes nothing.
 */
public record SyncOptions(boolean full, boolean all, boolean dryRun, boolean reposts, boolean likes, boolean push, int pageSize,
                          int concurrency, String notInterestedPlaylist, String notQuitePlaylist, String playlistTitle,
                          int maxTracks, DiscoveryRanking.Rules rules, String mixesTitle, CheckInterval interval) {

    public static final String PLAYLIST_TITLE_KEY = "playlists.reposts.title";
    public static final String MIXES_TITLE_KEY = "playlists.mixes.title";

    /** The options of a plain {@code sync} (due artists only) with the given flags. */
    public static SyncOptions from(Config cfg, boolean full, boolean noReposts, boolean noLikes, boolean pushPlaylist) {
        return from(cfg, full, false, false, noReposts, noLikes, pushPlaylist);
    }

    public static SyncOptions from(Config cfg, boolean full, boolean all, boolean dryRun, boolean noReposts, boolean noLikes,
                                   boolean pushPlaylist) {
        long minS = cfg.getInt("playlists.reposts.min_duration_seconds");
        long maxS = cfg.getInt("playlists.reposts.max_duration_seconds");
        if (minS > maxS) {
            throw ExitException.config("playlists.reposts.min_duration_seconds (" + minS + ") is above"
                    + " playlists.reposts.max_duration_seconds (" + maxS + ")" + (cfg.source() == null ? "" : " in " + cfg.source())
                    + "; make the minimum the smaller one");
        }
        int maxTracks = cfg.getInt("playlists.reposts.max_tracks");
        DiscoveryRanking.Rules rules = new DiscoveryRanking.Rules(maxTracks, cfg.getInt("playlists.reposts.per_artist_cap"),
                minS * 1000, maxS * 1000, cfg.getInt("playlists.mixes.max_tracks"));
        return new SyncOptions(full, all || full, dryRun, !noReposts, !noLikes,
                pushPlaylist || cfg.getBool("playlists.reposts.auto_sync"),
                cfg.getInt("sync.page_size"), cfg.getInt("sync.concurrency"),
                cfg.getString("judgments.not_interested_playlist"), cfg.getString("judgments.not_quite_playlist"),
                cfg.getString(PLAYLIST_TITLE_KEY), maxTracks, rules, cfg.getString(MIXES_TITLE_KEY), CheckInterval.from(cfg));
    }
}
