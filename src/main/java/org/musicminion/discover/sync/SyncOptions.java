package org.musicminion.discover.sync;

import org.musicminion.discover.ranking.RankingRules;

import org.musicminion.discover.config.Settings;

/**
 * How one sync runs: the command line's choices and the config values it reads.
 * {@code push} is true when the playlist is pushed (--push-playlist or auto_sync); {@code all} fetches
 * every followed artist, not only the due ones ({@code full} implies it); {@code dryRun} reads
 * everything and writes nothing; {@code feed} is how far the stream is read first (null: not at all,
 * {@code sync.feed = false} or --no-feed); {@code sweepHours} is the longest an artist's reposts list waits between
 * sweeps while the feed is read ({@code sync.sweep_interval_hours}; null with the feed off); {@code playerDatabase} is
 * Music Minion's database, whose verdicts are imported (null: not read). Build it with {@link #builder(Settings)}.
 */
public record SyncOptions(boolean full, boolean all, boolean dryRun, boolean reposts, boolean likes, boolean push, int pageSize,
                          int concurrency, String notInterestedPlaylist, String notQuitePlaylist, String playlistTitle,
                          int maxTracks, RankingRules rules, String mixesTitle, CheckInterval interval, FeedWindow feed,
                          Integer sweepHours, java.nio.file.Path playerDatabase) {

    /** A plain {@code sync} (due artists, reposts and likes, no push unless auto_sync) until a flag says otherwise. */
    public static Builder builder(Settings settings) {
        return new Builder(settings);
    }

    /** The command line's flags over the settings; not thread-safe, build once. */
    public static final class Builder {
        private final Settings settings;
        private boolean full;
        private boolean all;
        private boolean dryRun;
        private boolean reposts = true;
        private boolean likes = true;
        private boolean pushPlaylist;
        private boolean feed = true;
        private java.nio.file.Path playerDatabase;

        private Builder(Settings settings) {
            this.settings = settings;
        }

        /** --full: every artist, every page. */
        public Builder full(boolean v) {
            full = v;
            return this;
        }

        /** --all: every artist, not only the due ones. */
        public Builder all(boolean v) {
            all = v;
            return this;
        }

        public Builder dryRun(boolean v) {
            dryRun = v;
            return this;
        }

        /** False for --no-reposts. */
        public Builder reposts(boolean v) {
            reposts = v;
            return this;
        }

        /** False for --no-likes. */
        public Builder likes(boolean v) {
            likes = v;
            return this;
        }

        /** False for --no-feed (the stream is read only when sync.feed is on too). */
        public Builder feed(boolean v) {
            feed = v;
            return this;
        }

        /** --push-playlist (auto_sync pushes too). */
        public Builder pushPlaylist(boolean v) {
            pushPlaylist = v;
            return this;
        }

        /** Music Minion's database (music_minion.database, expanded); null: not read. */
        public Builder playerDatabase(java.nio.file.Path v) {
            playerDatabase = v;
            return this;
        }

        public SyncOptions build() {
            Settings.Reposts r = settings.reposts();
            Settings.Sync s = settings.sync();
            RankingRules rules = RankingRules.of(settings);
            return new SyncOptions(full, all || full, dryRun, reposts, likes, pushPlaylist || r.autoSync(),
                    s.pageSize(), s.concurrency(), settings.judgments().notInterestedPlaylist(),
                    settings.judgments().notQuitePlaylist(), r.title(), r.maxTracks(), rules, settings.mixes().title(),
                    CheckInterval.from(s), feed && s.feed() ? FeedWindow.from(s) : null, feed && s.feed() ? s.sweepIntervalHours() : null,
                    playerDatabase);
        }
    }
}
