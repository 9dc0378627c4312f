package org.musicminion.discover.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every config key of the contract with its default; config/config.example.toml mirrors this list. */
public final class ConfigKeys {
    private static final long NO_MAX = Long.MAX_VALUE;

    public static final List<ConfigKey> ALL = List.of(
            ConfigKey.string("soundcloud.client_id", ""),
            ConfigKey.string("soundcloud.client_secret", ""),
            ConfigKey.string("soundcloud.redirect_uri", "http://127.0.0.1:8765/callback"),
            ConfigKey.string("soundcloud.api_url", "https://api.soundcloud.com"),
            ConfigKey.string("soundcloud.auth_url", "https://secure.soundcloud.com"),
            ConfigKey.integer("auth.refresh_margin_seconds", 60, 0, 86_400),
            ConfigKey.integer("auth.login_timeout_seconds", 300, 1, 86_400),
            ConfigKey.integer("http.timeout_seconds", 15, 1, 3_600),
            ConfigKey.integer("http.max_retries", 5, 0, 100),
            ConfigKey.integer("http.max_retry_after_seconds", 120, 0, 86_400),
            ConfigKey.integer("http.max_pages_per_list", 2_000, 1, 1_000_000),
            ConfigKey.integer("http.max_items_per_list", 200_000, 1, 100_000_000),
            ConfigKey.integer("resolve.concurrency", 15, 1, 256),
            ConfigKey.integer("sync.page_size", 200, 1, 200),
            ConfigKey.integer("sync.concurrency", 4, 1, 64),
            ConfigKey.integer("sync.min_interval_hours", 6, 0, 24 * 365),
            ConfigKey.integer("sync.max_interval_days", 30, 1, 3_650),
            ConfigKey.string("judgments.not_interested_playlist", "Not interested"),
            ConfigKey.string("judgments.not_quite_playlist", "Not quite"),
            ConfigKey.string("playlists.reposts.title", "Discovery"),
            ConfigKey.integer("playlists.reposts.max_tracks", 100, 1, 500),
            ConfigKey.bool("playlists.reposts.auto_sync", false),
            ConfigKey.integer("playlists.reposts.per_artist_cap", 5, 0, 500),
            ConfigKey.integer("playlists.reposts.min_duration_seconds", 120, 0, NO_MAX),
            ConfigKey.integer("playlists.reposts.max_duration_seconds", 600, 1, NO_MAX),
            ConfigKey.string("playlists.mixes.title", ""),
            ConfigKey.integer("playlists.mixes.max_tracks", 20, 1, 500));

    static final Map<String, ConfigKey> BY_PATH = index();

    private ConfigKeys() {}

    private static Map<String, ConfigKey> index() {
        Map<String, ConfigKey> m = new LinkedHashMap<>();
        for (ConfigKey k : ALL) m.put(k.path(), k);
        return m;
    }

    /** True when {@code prefix} is a table that holds known keys (e.g. "playlists" or "playlists.reposts"). */
    static boolean isTable(String prefix) {
        for (String p : BY_PATH.keySet()) if (p.startsWith(prefix + ".")) return true;
        return false;
    }
}
