package org.musicminion.discover.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicminion.discover.ExitCode;
import org.musicminion.discover.ExitException;

class ConfigLoaderTest {
    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();

    private ConfigLoader loader(Map<String, String> env) {
        return new ConfigLoader(env, warnings::add);
    }

    private Path write(String toml) throws Exception {
        Path f = dir.resolve("config.toml");
        Files.writeString(f, toml);
        return f;
    }

    @Test
    void missingDefaultFileMeansDefaults() {
        Config c = loader(Map.of("HOME", dir.toString())).load(null);
        assertNull(c.source());
        assertEquals(100, c.getInt("playlists.reposts.max_tracks"));
        assertEquals("https://api.soundcloud.com", c.getString("soundcloud.api_url"));
        assertEquals(false, c.getBool("playlists.reposts.auto_sync"));
    }

    @Test
    void xdgConfigHomeIsTheDefaultLocation() throws Exception {
        Path f = dir.resolve("minion-discover/config.toml");
        Files.createDirectories(f.getParent());
        Files.writeString(f, "[sync]\nconcurrency = 9\n");
        Config c = loader(Map.of("XDG_CONFIG_HOME", dir.toString())).load(null);
        assertEquals(9, c.getInt("sync.concurrency"));
        assertEquals(f, c.source());
    }

    @Test
    void envVariableNamesTheFileAndAMissingNamedFileIsExit78() {
        ExitException e = assertThrows(ExitException.class,
                () -> loader(Map.of("MINION_DISCOVER_CONFIG", dir.resolve("nope.toml").toString())).load(null));
        assertEquals(ExitCode.CONFIG, e.exitCode());
        assertTrue(e.getMessage().contains("nope.toml"), e.getMessage());
    }

    @Test
    void explicitFileWinsOverTheEnvironment() throws Exception {
        Path f = write("[playlists.reposts]\nmax_tracks = 42\ntitle = \"Fresh\"\n");
        Config c = loader(Map.of("MINION_DISCOVER_CONFIG", "/does/not/exist")).load(f);
        assertEquals(42, c.getInt("playlists.reposts.max_tracks"));
        assertEquals("Fresh", c.getString("playlists.reposts.title"));
    }

    @Test
    void syntaxErrorNamesFileLineAndColumn() throws Exception {
        Path f = write("[http]\ntimeout_seconds = 15\nmax_retries = = 3\n");
        ExitException e = assertThrows(ExitException.class, () -> loader(Map.of()).load(f));
        assertEquals(ExitCode.CONFIG, e.exitCode());
        assertTrue(e.getMessage().contains(f + ":3:"), e.getMessage());
    }

    @Test
    void wrongTypeNamesTheKeyAndWhatItExpects() throws Exception {
        Path f = write("[playlists.reposts]\nmax_tracks = \"many\"\n");
        ExitException e = assertThrows(ExitException.class, () -> loader(Map.of()).load(f));
        assertEquals(ExitCode.CONFIG, e.exitCode());
        assertTrue(e.getMessage().contains("playlists.reposts.max_tracks"), e.getMessage());
        assertTrue(e.getMessage().contains("an integer from 1 to 500"), e.getMessage());
    }

    @Test
    void outOfRangeValueIsExit78() throws Exception {
        Path f = write("[sync]\npage_size = 500\n");
        ExitException e = assertThrows(ExitException.class, () -> loader(Map.of()).load(f));
        assertTrue(e.getMessage().contains("sync.page_size"), e.getMessage());
        assertTrue(e.getMessage().contains("500"), e.getMessage());
    }

    @Test
    void unknownKeysAreWarningsNotErrors() throws Exception {
        Path f = write("[sync]\nconcurency = 3\n[extra]\nthing = 1\n");
        Config c = loader(Map.of()).load(f);
        assertEquals(4, c.getInt("sync.concurrency"));
        assertTrue(warnings.stream().anyMatch(w -> w.contains("sync.concurency")), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("extra")), warnings.toString());
    }

    @Test
    void environmentOverridesClientCredentials() throws Exception {
        Path f = write("[soundcloud]\nclient_id = \"from-file\"\nclient_secret = \"file-secret\"\n");
        Config c = loader(Map.of("MINION_DISCOVER_CLIENT_ID", "from-env")).load(f);
        assertEquals("from-env", c.requireClientId());
        assertEquals("file-secret", c.requireClientSecret());
    }

    @Test
    void missingClientIdIsExit78NamingKeyAndVariable() {
        ExitException e = assertThrows(ExitException.class, () -> Config.defaults().requireClientId());
        assertEquals(ExitCode.CONFIG, e.exitCode());
        assertTrue(e.getMessage().contains("soundcloud.client_id"));
        assertTrue(e.getMessage().contains("MINION_DISCOVER_CLIENT_ID"));
    }

    @Test
    void minDurationAboveMaxDurationIsRefused() throws Exception {
        Path f = write("[playlists.reposts]\nmin_duration_seconds = 900\nmax_duration_seconds = 600\n");
        ExitException e = assertThrows(ExitException.class, () -> loader(Map.of()).load(f));
        assertTrue(e.getMessage().contains("min_duration_seconds"), e.getMessage());
    }

    @Test
    void exampleConfigHoldsEveryKeyWithItsDefault() {
        Config example = new Config(null, loader(Map.of()).parse(Path.of("config/config.example.toml")));
        for (ConfigKey k : ConfigKeys.ALL) {
            Object v = switch (k.type()) {
                case STRING, SECRET, URL, HTTPS_URL -> example.getString(k.path(), null);
                case INT -> (long) example.getInt(k.path(), Integer.MIN_VALUE);
                case BOOL -> example.getBool(k.path(), !(Boolean) k.defaultValue());
            };
            assertEquals(k.defaultValue(), v, "config.example.toml: " + k.path());
        }
        assertTrue(warnings.isEmpty(), warnings.toString());
    }
}
