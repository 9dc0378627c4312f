package org.musicminion.discover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicminion.discover.testing.JarProcess;

/** A bad URL key is a config error of the whole process: exit 78 naming the key, no stack trace even with -v. */
class ConfigUrlIT {
    @TempDir
    Path dir;

    @Test
    void anApiUrlThatIsNotAUrlIsExit78NamingTheKey() throws Exception {
        Path cfg = dir.resolve("config.toml");
        Files.writeString(cfg, "[soundcloud]\nclient_id = \"id\"\nclient_secret = \"secret\"\napi_url = \"not a url\"\n");
        var r = JarProcess.of("-v", "--config", cfg.toString(), "--data-dir", dir.resolve("data").toString(),
                "resolve", "https://soundcloud.com/a/b").run();
        assertEquals(78, r.exitCode(), r.toString());
        assertTrue(r.stderr().contains("soundcloud.api_url") && r.stderr().contains("config.toml:4:1"), r.stderr());
        assertFalse(r.stderr().contains("Exception") || r.stderr().contains("\tat "), r.stderr());
        assertEquals("", r.stdout());
    }

    @Test
    void aPlainHttpAuthUrlOffLoopbackIsRefusedBeforeAnySecretIsSent() throws Exception {
        Path cfg = dir.resolve("config.toml");
        Files.writeString(cfg, "[soundcloud]\nclient_id = \"id\"\nclient_secret = \"secret\"\nauth_url = \"http://secure.example.com\"\n");
        var r = JarProcess.of("--config", cfg.toString(), "--data-dir", dir.resolve("data").toString(),
                "resolve", "https://soundcloud.com/a/b").run();
        assertEquals(78, r.exitCode(), r.toString());
        assertTrue(r.stderr().contains("soundcloud.auth_url") && r.stderr().contains("https://"), r.stderr());
    }
}
