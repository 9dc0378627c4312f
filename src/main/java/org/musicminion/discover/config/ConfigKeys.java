package org.musicminion.discover.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every config key of the contract with its default and range, in the order of {@link Settings#read}
 * (which is where keys are declared); config/config.example.toml mirrors this list.
 */
public final class ConfigKeys {
    public static final List<ConfigKey> ALL = record();

    static final Map<String, ConfigKey> BY_PATH = index();

    private ConfigKeys() {}

    /** Runs {@link Settings#read} once with a reader that notes each key it is asked for. */
    private static List<ConfigKey> record() {
        List<ConfigKey> keys = new ArrayList<>();
        Settings.read(null, new Settings.Values() {
            @Override
            public String string(String path, String def) {
                keys.add(new ConfigKey(path, ConfigKey.Type.STRING, def, 0, 0));
                return def;
            }

            @Override
            public int integer(String path, long def, long min, long max) {
                keys.add(new ConfigKey(path, ConfigKey.Type.INT, def, min, max));
                return Math.toIntExact(def);
            }

            @Override
            public boolean bool(String path, boolean def) {
                keys.add(new ConfigKey(path, ConfigKey.Type.BOOL, def, 0, 0));
                return def;
            }

            @Override
            public String secret(String path, String def) {
                keys.add(new ConfigKey(path, ConfigKey.Type.SECRET, def, 0, 0));
                return def;
            }

            @Override
            public String url(String path, String def) {
                keys.add(new ConfigKey(path, ConfigKey.Type.URL, def, 0, 0));
                return def;
            }

            @Override
            public String httpsUrl(String path, String def) {
                keys.add(new ConfigKey(path, ConfigKey.Type.HTTPS_URL, def, 0, 0));
                return def;
            }
        });
        return List.copyOf(keys);
    }

    private static Map<String, ConfigKey> index() {
        Map<String, ConfigKey> m = new LinkedHashMap<>();
        for (ConfigKey k : ALL) {
            if (m.put(k.path(), k) != null) throw new IllegalStateException("config key declared twice: " + k.path());
        }
        return m;
    }

    /** True when {@code prefix} is a table that holds known keys (e.g. "playlists" or "playlists.reposts"). */
    static boolean isTable(String prefix) {
        for (String p : BY_PATH.keySet()) if (p.startsWith(prefix + ".")) return true;
        return false;
    }
}
