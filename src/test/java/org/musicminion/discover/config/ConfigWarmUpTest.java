package org.musicminion.discover.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.FutureTask;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tomlj.TomlParseResult;

class ConfigWarmUpTest {
    @TempDir
    Path dir;

    /** Runs the warm-up's parse here, as the start-up thread would. */
    private static TomlParseResult warmUp(Path explicit, Map<String, String> env) throws Exception {
        FutureTask<TomlParseResult> parse = ConfigWarmUp.parse(explicit, env);
        parse.run();
        return parse.get();
    }

    @Test
    void theRealLoadTakesTheWarmUpsParseOfTheSameBytes() throws Exception {
        Path file = Files.writeString(dir.resolve("c.toml"), "[soundcloud]\napi_url = \"http://127.0.0.1:9\"\n");
        TomlParseResult warm = warmUp(file, Map.of());

        assertSame(warm, ConfigWarmUp.taken(file, Files.readAllBytes(file)));
        assertNull(ConfigWarmUp.taken(file, Files.readAllBytes(file)), "taken once");
    }

    @Test
    void aFileChangedAfterTheWarmUpIsReadAsItIsNow() throws Exception {
        Path file = Files.writeString(dir.resolve("c.toml"), "[soundcloud]\napi_url = \"http://127.0.0.1:9\"\n");
        warmUp(file, Map.of());
        Files.writeString(file, "[soundcloud]\napi_url = \"http://127.0.0.1:7\"\n");

        assertEquals("http://127.0.0.1:7", new ConfigLoader(Map.of(), w -> {}).load(file).soundcloud().apiUrl());
    }

    @Test
    void readsTheFileTheLoaderWouldRead() throws Exception {
        Path named = Files.writeString(dir.resolve("named.toml"), "[soundcloud]\napi_url = \"http://127.0.0.1:9\"\n");
        Path fromEnv = Files.writeString(dir.resolve("env.toml"), "[soundcloud]\napi_url = \"http://127.0.0.1:8\"\n");

        assertEquals("http://127.0.0.1:9", warmUp(named, Map.of()).getString("soundcloud.api_url"));
        assertEquals("http://127.0.0.1:8", warmUp(null, Map.of(ConfigLoader.ENV_CONFIG, fromEnv.toString()))
                .getString("soundcloud.api_url"));
        assertNull(warmUp(null, Map.of("XDG_CONFIG_HOME", dir.resolve("none").toString())), "no file, nothing read");
    }

    @Test
    void aFileItCannotParseIsLeftToTheRealParseWithoutAThrow() throws Exception {
        Path deep = Files.writeString(dir.resolve("deep.toml"), "x = " + "[".repeat(20_000) + "]".repeat(20_000) + "\n");
        Path broken = Files.writeString(dir.resolve("broken.toml"), "[soundcloud\n");
        Path huge = Files.writeString(dir.resolve("huge.toml"), "x = \"" + "a".repeat(300_000) + "\"\n");

        assertNull(warmUp(deep, Map.of()));
        assertNull(warmUp(broken, Map.of()));
        assertNull(warmUp(huge, Map.of()));
    }
}
