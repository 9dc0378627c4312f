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
        Settings c = loader(Map.of("HOME", dir.toString())).load(null);
        assertNull(c.source());
        assertEquals(100, c.reposts().maxTracks());
        assertEquals("https://api.soundcloud.com", c.soundcloud().apiUrl());
        assertEquals(false, c.reposts().autoSync());
    }

    @Test
    void xdgConfigHomeIsTheDefaultLocation() throws Exception {
        Path f = dir.resolve("minion-discover/config.toml");
        Files.createDirectories(f.getParent());
        Files.writeString(f, "[sync]\nconcurrency = 9\n");
        Settings c = loader(Map.of("XDG_CONFIG_HOME", dir.toString())).load(null);
        assertEquals(9, c.sync().concurrency());
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
        Settings c = loader(Map.of("MINION_DISCOVER_CONFIG", "/does/not/exist")).load(f);
        assertEquals(42, c.reposts().maxTracks());
        assertEquals("Fresh", c.reposts().title());
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
        Settings c = loader(Map.of()).load(f);
        assertEquals(4, c.sync().concurrency());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("sync.concurency")), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("extra")), warnings.toString());
    }

    @Test
    void environmentOverridesClientCredentials() throws Exception {
        Path f = write("[soundcloud]\nclient_id = \"from-file\"\nclient_secret = \"file-secret\"\n");
        Settings c = loader(Map.of("MINION_DISCOVER_CLIENT_ID", "from-env")).load(f);
        assertEquals("from-env", c.soundcloud().requireClientId());
        assertEquals("file-secret", c.soundcloud().requireClientSecret());
    }

    @Test
    void missingClientIdIsExit78NamingKeyAndVariable() {
        ExitException e = assertThrows(ExitException.class, () -> Settings.defaults().soundcloud().requireClientId());
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
        Map<String, Object> example = loader(Map.of()).parse(Path.of("config/config.example.toml"));
        for (ConfigKey k : ConfigKeys.ALL) {
            assertEquals(k.defaultValue(), example.get(k.path()), "config.example.toml: " + k.path());
        }
        assertEquals(Settings.defaults(), Settings.of(null, example));
        assertTrue(warnings.isEmpty(), warnings.toString());
    }

    @Test
    void everyKeyOfTheTypedSettingsIsCheckedWithItsRange() {
        ConfigKey pageSize = ConfigKeys.BY_PATH.get("sync.page_size");
        assertEquals(new ConfigKey("sync.page_size", ConfigKey.Type.INT, 200L, 1, 200), pageSize);
        assertThrows(IllegalArgumentException.class, () -> Settings.of(null, Map.of("sync.page_size", 201L)));
        assertThrows(IllegalArgumentException.class, () -> Settings.of(null, Map.of("sync.no_such_key", 1L)));
        assertEquals(3, Settings.of(null, Map.of("sync.page_size", 3L)).sync().pageSize());
    }
}
