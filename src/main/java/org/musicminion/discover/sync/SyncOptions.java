package org.musicminion.discover.sync;

import org.musicminion.discover.ranking.RankingRules;

import org.musicminion.discover.config.Settings;

/**
 * How one sync runs: the command line's choices and the config values it reads, one small record per part.
 * {@code push} is true when the playlist is pushed (--push-playlist or auto_sync); {@code all} fetches
 * every followed artist, not only the due ones ({@code full} implies it); {@code dryRun} reads
 * everything and writes nothing; {@code feed} is how far the stream is read (null: not at all,
 * {@code sync.feed = false} or --no-feed); {@code config} is the config's [sync] table as read, where a source
 * with no command-line flag reads its own keys from (its {@link SyncSource.Opener}). Build it with {@link #builder(Settings)}.
 */
public record SyncOptions(boolean full, boolean all, boolean dryRun, boolean push, Sweep sweep, FeedWindow feed,
                          Settings.Sync config, Judgments judgments, Playlists playlists, RankingRules rules) {

    /**
     * The per-artist sweep: which lists ({@code reposts}, {@code likes}: --no-reposts, --no-likes), the page size of
     * every list, how many artists at once, the adaptive check interval, and the longest an artist's reposts list
     * waits between sweeps while the stream is read ({@code sync.sweep_interval_hours}; null with the feed off).
     */
    public record Sweep(boolean reposts, boolean likes, int pageSize, int concurrency, CheckInterval interval, Integer sweepHours) {
    }

    /**
     * Where judgments are imported from: the account's two judgment playlists, and Music Minion's database
     * ({@code playerDatabase}, expanded; null: not read).
     */
    public record Judgments(String notInterestedPlaylist, String notQuitePlaylist, java.nio.file.Path playerDatabase) {
    }

    /**
     * The titles of the discovery playlist and of the mixes playlist (blank: no mixes), and the day's budget of writes
     * to SoundCloud their pushes and the queued verdicts keep to ({@code http.max_writes_per_day}).
     */
    public record Playlists(String discovery, String mixes, int writesPerDay) {
    }

    /** The page size of every list read ({@code sync.page_size}). */
    public int pageSize() {
        return sweep.pageSize();
    }

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
            boolean feedOn = feed && s.feed();
            return new SyncOptions(full, all || full, dryRun, pushPlaylist || r.autoSync(),
                    new Sweep(reposts, likes, s.pageSize(), s.concurrency(), CheckInterval.from(s), feedOn ? s.sweepIntervalHours() : null),
                    feedOn ? FeedWindow.from(s) : null, s,
                    new Judgments(settings.judgments().notInterestedPlaylist(), settings.judgments().notQuitePlaylist(), playerDatabase),
                    new Playlists(r.title(), settings.mixes().title(), settings.http().maxWritesPerDay()), rules);
        }
    }
}
