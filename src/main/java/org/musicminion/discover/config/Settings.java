package org.musicminion.discover.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.musicminion.discover.ExitException;

/**
 * The validated configuration of one process: one record per config table, typed, with every
 * default filled in. {@link ConfigLoader} builds it once; features take the records they need.
 * Immutable and thread-safe.
 *
 * <p><b>Adding a key</b> is one place: add a component to its table's record and one line that reads
 * it in {@link #read} (that line holds the key's dot path, default and range). {@link ConfigKeys},
 * the loader's type and range checks and its unknown-key warnings all follow from that line; list
 * the key with its default in {@code config/config.example.toml} too (a test checks it).
 */
public record Settings(Path source, SoundCloud soundcloud, Auth auth, Http http, Resolve resolve, Sync sync,
                       Judgments judgments, Reposts reposts, Mixes mixes, Slots slots, Ranking ranking,
                       MusicMinion musicMinion) {

    /**
     * [soundcloud]: the app and the endpoints. {@code configFile} only names the file in messages: the
     * file read, or where the default one was looked for when there was none (null: not known).
     */
    public record SoundCloud(String clientId, String clientSecret, String redirectUri, String apiUrl, String authUrl,
                             Path configFile) {
        /** The client id, or exit 78 naming the key and the environment variable that can supply it. */
        public String requireClientId() {
            return require(clientId, "soundcloud.client_id", ConfigLoader.ENV_CLIENT_ID);
        }

        public String requireClientSecret() {
            return require(clientSecret, "soundcloud.client_secret", ConfigLoader.ENV_CLIENT_SECRET);
        }

        private String require(String v, String path, String env) {
            if (v == null || v.isBlank()) {
                String where = configFile == null ? "the config file"
                        : java.nio.file.Files.isRegularFile(configFile) ? configFile.toString()
                        : configFile + " (there is no file there yet: copy config/config.example.toml to it)";
                throw ExitException.config("soundcloud app credentials missing: set " + path + " in " + where
                        + " or the environment variable " + env + " (see config/config.example.toml)");
            }
            return v;
        }

        /** The same values, naming {@code file} in messages. */
        public SoundCloud withConfigFile(Path file) {
            return new SoundCloud(clientId, clientSecret, redirectUri, apiUrl, authUrl, file);
        }
    }

    /** [auth] */
    public record Auth(int refreshMarginSeconds, int loginTimeoutSeconds) {
        public Duration refreshMargin() {
            return Duration.ofSeconds(refreshMarginSeconds);
        }

        public Duration loginTimeout() {
            return Duration.ofSeconds(loginTimeoutSeconds);
        }
    }

    /**
     * [http]; {@code maxPagesPerList} / {@code maxItemsPerList}: a list that goes on past these is reported incomplete;
     * {@code maxWritesPerDay}: likes, unlikes and playlist edits sent to SoundCloud in any 24 hours (the rest wait in a
     * queue for later runs; 0 holds them all).
     */
    public record Http(int timeoutSeconds, int maxRetries, int maxRetryAfterSeconds, int maxPagesPerList, int maxItemsPerList,
                       int maxWritesPerDay) {
        public Duration timeout() {
            return Duration.ofSeconds(timeoutSeconds);
        }

        public Duration maxRetryAfter() {
            return Duration.ofSeconds(maxRetryAfterSeconds);
        }
    }

    /** [resolve] */
    public record Resolve(int concurrency) {}

    /**
     * [sync]. {@code feed}: read the listener's stream first in every sync (checkpoint, overlap, page
     * cap, first-run lookback); {@code sweepIntervalHours}: with the feed on, the longest any followed
     * artist goes without a sweep of their reposts list (likes keep the adaptive schedule); {@code maxRunMinutes}:
     * a sync asks nothing more after this long, merges what it read, reports the rest incomplete and ends.
     */
    public record Sync(int pageSize, int concurrency, int minIntervalHours, int maxIntervalDays, boolean feed, int feedMaxPages,
                       int feedLookbackDays, int feedOverlapMinutes, int sweepIntervalHours, int maxRunMinutes,
                       boolean related, int relatedMaxRequests) {
        /** The key of {@link #maxRunMinutes}, for messages. */
        public static final String MAX_RUN_KEY = "sync.max_run_minutes";
    }

    /** [judgments]: the titles of the two judgment playlists on the user's account. */
    public record Judgments(String notInterestedPlaylist, String notQuitePlaylist) {
        /** The keys of the two titles, for messages that tell the user what to change. */
        public static final String NOT_INTERESTED_KEY = "judgments.not_interested_playlist";
        public static final String NOT_QUITE_KEY = "judgments.not_quite_playlist";
    }

    /** [playlists.reposts]: the discovery playlist. */
    public record Reposts(String title, int maxTracks, boolean autoSync, int perArtistCap, int minDurationSeconds,
                          int maxDurationSeconds) {
        /** The key of {@link #title}, for messages that tell the user what to change. */
        public static final String TITLE_KEY = "playlists.reposts.title";
    }

    /** [playlists.mixes]: the mixes playlist (an empty title: none). */
    public record Mixes(String title, int maxTracks) {
        public static final String TITLE_KEY = "playlists.mixes.title";
    }

    /**
     * [playlists.reposts.slots]: playlist slots per artist by smoothed hit rate: no verdicts yet, above 40 %,
     * 20–40 %, 5–20 %, below 5 %. {@code per_artist_cap} caps each.
     */
    public record Slots(int unrated, int over40, int from20To40, int from5To20, int under5) {}

    /**
     * [ranking]: {@code model} {@code "auto"} lets the keep model rank when it beats the heuristic on the
     * chronological test, {@code "heuristic"} never, {@code "music-minion"} ranks with Music Minion's own
     * waterfall instead; {@code minVerdicts} the verdicts the model needs first.
     */
    public record Ranking(Model model, int minVerdicts, Path configFile) {
        public static final String MODEL_KEY = "ranking.model";

        /** The values of {@code ranking.model}, each with the word the config file writes. */
        public enum Model {
            AUTO("auto"), HEURISTIC("heuristic"), MUSIC_MINION("music-minion");

            private final String word;

            Model(String word) {
                this.word = word;
            }

            public String word() {
                return word;
            }
        }

        /** {@code ranking.model} as read from the file; exit 78 naming the key and the accepted words for any other. */
        Ranking(String model, int minVerdicts, Path configFile) {
            this(model(model, configFile), minVerdicts, configFile);
        }

        private static Model model(String word, Path configFile) {
            for (Model m : Model.values()) if (m.word.equals(word)) return m;
            java.util.List<String> words = java.util.Arrays.stream(Model.values()).map(m -> "\"" + m.word + "\"").toList();
            throw ExitException.config(MODEL_KEY + " = \"" + word + "\"" + (configFile == null ? "" : " in " + configFile)
                    + " but must be " + String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1));
        }

        /** The ranking the config names. */
        public Model choice() {
            return model;
        }
    }

    /**
     * [music_minion]: where the player's database is, read-only, for its verdicts. The default names Music Minion's
     * own path ({@code $XDG_DATA_HOME}, else {@code ~/.local/share}); {@code ""} turns the import off.
     */
    public record MusicMinion(String database) {
        public static final String DATABASE_KEY = "music_minion.database";
        public static final String DEFAULT_DATABASE = "$XDG_DATA_HOME/music-minion/music_minion.db";

        /** The database file with {@code $XDG_DATA_HOME} and a leading {@code ~/} expanded; null when off. */
        public Path databaseFile(java.util.function.UnaryOperator<String> env, Path home) {
            if (database.isBlank()) return null;
            String xdg = env.apply("XDG_DATA_HOME");
            String dataHome = xdg == null || xdg.isBlank() ? home.resolve(".local/share").toString() : xdg;
            String path = database.replace("${XDG_DATA_HOME}", dataHome).replace("$XDG_DATA_HOME", dataHome);
            if (path.equals("~") || path.startsWith("~/")) path = home + path.substring(1);
            return Path.of(path);
        }
    }

    /** The values one key line reads; the loader's checked values, or a recorder of the key list. */
    interface Values {
        String string(String path, String def);

        int integer(String path, long def, long min, long max);

        boolean bool(String path, boolean def);

        /** A string never echoed in a message. */
        default String secret(String path, String def) {
            return string(path, def);
        }

        /** An absolute http(s) URL. */
        default String url(String path, String def) {
            return string(path, def);
        }

        /** An absolute https URL, http only on loopback: a URL credentials are sent to. */
        default String httpsUrl(String path, String def) {
            return string(path, def);
        }
    }

    /** Every key, its default and range: the one list. Each line is a key; see the class comment. */
    static Settings read(Path source, Values v) {
        return new Settings(source,
                new SoundCloud(
                        v.string("soundcloud.client_id", ""),
                        v.secret("soundcloud.client_secret", ""),
                        v.url("soundcloud.redirect_uri", "http://127.0.0.1:8765/callback"),
                        v.httpsUrl("soundcloud.api_url", "https://api.soundcloud.com"),
                        v.httpsUrl("soundcloud.auth_url", "https://secure.soundcloud.com"),
                        source),
                new Auth(
                        v.integer("auth.refresh_margin_seconds", 60, 0, 86_400),
                        v.integer("auth.login_timeout_seconds", 300, 1, 86_400)),
                new Http(
                        v.integer("http.timeout_seconds", 15, 1, 3_600),
                        v.integer("http.max_retries", 5, 0, 100),
                        v.integer("http.max_retry_after_seconds", 120, 0, 86_400),
                        v.integer("http.max_pages_per_list", 2_000, 1, 1_000_000),
                        v.integer("http.max_items_per_list", 200_000, 1, 100_000_000),
                        v.integer("http.max_writes_per_day", 100, 0, 100_000)),
                new Resolve(
                        v.integer("resolve.concurrency", 15, 1, 256)),
                new Sync(
                        v.integer("sync.page_size", 200, 1, 200),
                        v.integer("sync.concurrency", 4, 1, 64),
                        v.integer("sync.min_interval_hours", 6, 0, 24 * 365),
                        v.integer("sync.max_interval_days", 30, 1, 3_650),
                        v.bool("sync.feed", true),
                        v.integer("sync.feed_max_pages", 60, 1, 1_000),
                        v.integer("sync.feed_lookback_days", 30, 1, 365),
                        v.integer("sync.feed_overlap_minutes", 60, 0, 24 * 60),
                        v.integer("sync.sweep_interval_hours", 24, 1, 24 * 365),
                        v.integer(Sync.MAX_RUN_KEY, 60, 1, 7 * 24 * 60),
                        v.bool("sync.related", false),
                        v.integer("sync.related_max_requests", 10, 2, 1_000)),
                new Judgments(
                        v.string(Judgments.NOT_INTERESTED_KEY, "Not interested"),
                        v.string(Judgments.NOT_QUITE_KEY, "Not quite")),
                new Reposts(
                        v.string(Reposts.TITLE_KEY, "Discovery"),
                        v.integer("playlists.reposts.max_tracks", 100, 1, 500),
                        v.bool("playlists.reposts.auto_sync", false),
                        v.integer("playlists.reposts.per_artist_cap", 5, 0, 500),
                        v.integer("playlists.reposts.min_duration_seconds", 120, 0, Integer.MAX_VALUE),
                        v.integer("playlists.reposts.max_duration_seconds", 600, 1, Integer.MAX_VALUE)),
                new Mixes(
                        v.string(Mixes.TITLE_KEY, ""),
                        v.integer("playlists.mixes.max_tracks", 20, 1, 500)),
                new Slots(
                        v.integer("playlists.reposts.slots.unrated", 3, 0, 500),
                        v.integer("playlists.reposts.slots.over_40", 8, 0, 500),
                        v.integer("playlists.reposts.slots.from_20_to_40", 4, 0, 500),
                        v.integer("playlists.reposts.slots.from_5_to_20", 2, 0, 500),
                        v.integer("playlists.reposts.slots.under_5", 1, 0, 500)),
                new Ranking(
                        v.string(Ranking.MODEL_KEY, Ranking.Model.AUTO.word()),
                        v.integer("ranking.min_verdicts", 50, 0, Integer.MAX_VALUE),
                        source),
                new MusicMinion(
                        v.string(MusicMinion.DATABASE_KEY, MusicMinion.DEFAULT_DATABASE)));
    }

    /** Defaults only: no file. */
    public static Settings defaults() {
        return of(null, Map.of());
    }

    /**
     * Settings from checked values by dot path (missing keys: defaults). Tests and benchmarks use it to
     * change a key or two; a key that does not exist, or a value of the wrong type or out of range, is
     * an {@link IllegalArgumentException}.
     */
    public static Settings of(Path source, Map<String, ?> values) {
        for (var e : values.entrySet()) {
            ConfigKey key = ConfigKeys.BY_PATH.get(e.getKey());
            Object v = e.getValue() instanceof Integer i ? Long.valueOf(i) : e.getValue();
            if (key == null) throw new IllegalArgumentException("no config key " + e.getKey());
            if (!key.accepts(v)) {
                throw new IllegalArgumentException(e.getKey() + " = " + (key.type() == ConfigKey.Type.SECRET ? "(hidden)" : v)
                        + " but must be " + key.expectation());
            }
        }
        return read(source, new Values() {
            @Override
            public String string(String path, String def) {
                Object v = values.get(path);
                return v == null ? def : (String) v;
            }

            @Override
            public int integer(String path, long def, long min, long max) {
                Object v = values.get(path);
                return Math.toIntExact(v == null ? def : ((Number) v).longValue());
            }

            @Override
            public boolean bool(String path, boolean def) {
                Object v = values.get(path);
                return v == null ? def : (Boolean) v;
            }
        });
    }

    public Settings withSoundCloud(SoundCloud s) {
        return new Settings(source, s, auth, http, resolve, sync, judgments, reposts, mixes, slots, ranking, musicMinion);
    }

    public Settings withAuth(Auth a) {
        return new Settings(source, soundcloud, a, http, resolve, sync, judgments, reposts, mixes, slots, ranking, musicMinion);
    }
}
