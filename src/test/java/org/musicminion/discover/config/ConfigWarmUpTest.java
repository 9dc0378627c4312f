package org.musicminion.discover.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigWarmUpTest {
    @TempDir
    Path dir;

    @Test
    void readsTheFileTheLoaderWouldRead() throws Exception {
        Path named = Files.writeString(dir.resolve("named.toml"), "[soundcloud]\napi_url = \"http://127.0.0.1:9\"\n");
        Path fromEnv = Files.writeString(dir.resolve("env.toml"), "[soundcloud]\napi_url = \"http://127.0.0.1:8\"\n");

        assertEquals("http://127.0.0.1:9", ConfigWarmUp.parse(named, Map.of()).getString("soundcloud.api_url"));
        assertEquals("http://127.0.0.1:8", ConfigWarmUp.parse(null, Map.of(ConfigLoader.ENV_CONFIG, fromEnv.toString()))
                .getString("soundcloud.api_url"));
        assertNull(ConfigWarmUp.parse(null, Map.of("XDG_CONFIG_HOME", dir.resolve("none").toString())), "no file, nothing read");
    }

    @Test
    void aFileItCannotParseIsLeftToTheRealParseWithoutAThrow() throws Exception {
        Path deep = Files.writeString(dir.resolve("deep.toml"), "x = " + "[".repeat(20_000) + "]".repeat(20_000) + "\n");
        Path broken = Files.writeString(dir.resolve("broken.toml"), "[soundcloud\n");
        Path huge = Files.writeString(dir.resolve("huge.toml"), "x = \"" + "a".repeat(300_000) + "\"\n");

        assertNull(ConfigWarmUp.parse(deep, Map.of()));
        assertNull(ConfigWarmUp.parse(broken, Map.of()));
        assertNull(ConfigWarmUp.parse(huge, Map.of()));
    }
}
