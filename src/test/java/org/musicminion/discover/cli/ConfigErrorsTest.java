package org.musicminion.discover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicminion.discover.testing.TestTerminal;

/** Config problems reach the user as exit 78 from every command that reads config, before it does anything. */
class ConfigErrorsTest {
    @TempDir
    Path dir;

    @Test
    void aMissingNamedConfigIsExit78EvenForCommandsThatNeedNoValueFromIt() {
        for (String cmd : new String[] {"tracks", "history", "artists"}) {
            var r = new TestTerminal().run("--config", dir.resolve("nope.toml").toString(), "--data-dir", dir.toString(), cmd);
            assertEquals(78, r.exitCode(), cmd + ": " + r);
            assertTrue(r.stderr().contains("nope.toml"), r.stderr());
            assertEquals("", r.stdout());
        }
    }

    @Test
    void aMissingConfigFromTheEnvironmentIsExit78Too() {
        var r = new TestTerminal().env("MINION_DISCOVER_CONFIG", dir.resolve("gone.toml").toString())
                .run("--data-dir", dir.toString(), "history");
        assertEquals(78, r.exitCode(), r.toString());
        assertTrue(r.stderr().contains("$MINION_DISCOVER_CONFIG"), r.stderr());
    }

    @Test
    void aBadValueNamesTheKeyBeforeAnyWork() throws Exception {
        Path cfg = dir.resolve("config.toml");
        Files.writeString(cfg, "[resolve]\nconcurrency = 0\n");
        var r = new TestTerminal().run("--config", cfg.toString(), "--data-dir", dir.resolve("d").toString(), "tracks");
        assertEquals(78, r.exitCode(), r.toString());
        assertTrue(r.stderr().contains("resolve.concurrency"), r.stderr());
        assertTrue(!Files.exists(dir.resolve("d")), "nothing was created before the config was checked");
    }

    @Test
    void helpStillWorksWithABrokenConfig() {
        var r = new TestTerminal().run("--config", dir.resolve("nope.toml").toString(), "tracks", "--help");
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.stdout().contains("Usage: minion-discover tracks"), r.stdout());
    }

    @Test
    void aConfigNestedTooDeeplyIsExit78NotAStackOverflow() throws Exception {
        Path cfg = dir.resolve("deep.toml");
        Files.writeString(cfg, "[sync]\nx = " + "[".repeat(2_000) + "]".repeat(2_000) + "\n");
        var r = new TestTerminal().run("--config", cfg.toString(), "--data-dir", dir.resolve("d").toString(), "tracks");
        assertEquals(78, r.exitCode(), r.toString());
        assertTrue(r.stderr().contains("deep.toml") && r.stderr().contains("deep"), r.stderr());
        assertTrue(!r.stderr().contains("StackOverflow"), r.stderr());
    }

    @Test
    void aConfigFileLargerThanAnyConfigIsExit78WithoutReadingIt() throws Exception {
        Path cfg = dir.resolve("big.toml");
        try (var out = Files.newBufferedWriter(cfg)) {
            out.write("[sync]\nx = \"");
            char[] chunk = new char[1 << 20];
            java.util.Arrays.fill(chunk, 'a');
            for (int i = 0; i < 8; i++) out.write(chunk); // an 8 MiB value (50 MB ran a 64 MiB heap out of memory)
            out.write("\"\n");
        }
        var r = new TestTerminal().run("--config", cfg.toString(), "--data-dir", dir.resolve("d").toString(), "tracks");
        assertEquals(78, r.exitCode(), r.toString());
        assertTrue(r.stderr().contains("big.toml") && r.stderr().contains("1 MiB"), r.stderr());
    }
}
