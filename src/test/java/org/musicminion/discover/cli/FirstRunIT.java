package org.musicminion.discover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicminion.discover.store.Database;
import org.musicminion.discover.testing.DiscoveryIndex;
import org.musicminion.discover.testing.JarProcess;

/** Issue 16 items 11 and 12: what a new user sees before the first sync and before any config exists. */
class FirstRunIT {
    @TempDir
    Path dir;

    @Test
    void listingAnEmptyIndexSaysSoAndNamesTheCommandThatFillsIt() throws Exception {
        Path data = dir.resolve("data");
        for (String command : new String[] {"tracks", "artists", "history"}) {
            var r = JarProcess.of("--data-dir", data.toString(), command).run();
            assertEquals(0, r.exitCode(), r.toString());
            assertEquals("", r.stdout(), command);
            assertTrue(r.stderr().contains(command + ": the index is empty") && r.stderr().contains("minion-discover sync"),
                    command + ": " + r.stderr());
        }
        var csv = JarProcess.of("--data-dir", data.toString(), "tracks", "--format", "csv").run();
        assertTrue(csv.stderr().contains("the index is empty"), csv.toString());
        var quiet = JarProcess.of("--data-dir", data.toString(), "-q", "tracks").run();
        assertEquals("", quiet.stderr(), "-q: errors only");
    }

    @Test
    void aFilterThatMatchesNothingInAFilledIndexIsNotCalledEmpty() throws Exception {
        Path data = java.nio.file.Files.createDirectory(dir.resolve("data"));
        try (Database db = Database.openIn(data)) {
            new DiscoveryIndex(db).artist(1, true, 1).track(10, 200, 1).source(10, 1, "repost", 1);
        }
        var r = JarProcess.of("--data-dir", data.toString(), "tracks", "--judgment", "liked").run();
        assertEquals(0, r.exitCode(), r.toString());
        assertEquals("", r.stdout());
        assertFalse(r.stderr().contains("empty"), r.stderr());
        var all = JarProcess.of("--data-dir", data.toString(), "tracks").run();
        assertEquals(1, all.lines().size(), all.toString());
    }

    @Test
    void missingCredentialsWithNoConfigFileNameWhereTheFileWasLookedFor() throws Exception {
        Path xdg = dir.resolve("xdg-config");
        var r = JarProcess.of("--data-dir", dir.resolve("data").toString(), "auth", "token", "--app")
                .env("XDG_CONFIG_HOME", xdg.toString()).run();
        assertEquals(78, r.exitCode(), r.toString());
        String expected = xdg.resolve("minion-discover").resolve("config.toml").toString();
        assertTrue(r.stderr().contains(expected) && r.stderr().contains("no file there yet"), r.stderr());
        assertTrue(r.stderr().contains("MINION_DISCOVER_CLIENT_ID"), r.stderr());
    }
}
