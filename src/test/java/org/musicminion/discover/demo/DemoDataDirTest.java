package org.musicminion.discover.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.musicminion.discover.ExitCode;
import org.musicminion.discover.ExitException;

class DemoDataDirTest {
    @TempDir
    Path tmp;

    @Test
    void withoutADataDirItMakesANewPrivateTemporaryDirMarkedAsTheDemos() throws Exception {
        Path dir = DemoDataDir.prepare(null);
        try {
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
            assertTrue(DemoDataDir.isDemoDir(dir));
            assertEquals(1, Files.list(dir).count(), "only the marker");
        } finally {
            Files.deleteIfExists(dir.resolve(DemoDataDir.MARKER));
            Files.deleteIfExists(dir);
        }
    }

    @Test
    void aMissingDataDirIsCreatedPrivateAndMarked() throws Exception {
        Path dir = DemoDataDir.prepare(tmp.resolve("a/b"));
        assertEquals(tmp.resolve("a/b"), dir);
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
        assertTrue(DemoDataDir.isDemoDir(dir));
    }

    @Test
    void anEmptyExistingDirIsTakenAndMarked() {
        assertEquals(tmp, DemoDataDir.prepare(tmp));
        assertTrue(DemoDataDir.isDemoDir(tmp));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tokens.json", "app-token.json", "minion-discover.db"})
    void aDirHoldingARealAccountsDataIsRefusedWithExit2AndLeftAlone(String file) throws Exception {
        Files.writeString(tmp.resolve(file), "real");

        ExitException e = assertThrows(ExitException.class, () -> DemoDataDir.prepare(tmp));

        assertEquals(ExitCode.USAGE, e.exitCode());
        assertTrue(e.getMessage().contains(file) && e.getMessage().contains("real account"), e.getMessage());
        assertTrue(e.getMessage().contains("without --data-dir"), "names the way out: " + e.getMessage());
        assertEquals("real", Files.readString(tmp.resolve(file)));
        assertTrue(!DemoDataDir.isDemoDir(tmp), "not marked");
    }

    @Test
    void aDirADemoMadeCanBeReusedThoughItHoldsTokensAndAnIndex() throws Exception {
        DemoDataDir.prepare(tmp);
        Files.writeString(tmp.resolve("tokens.json"), "{}");
        Files.writeString(tmp.resolve("minion-discover.db"), "");

        assertEquals(tmp, DemoDataDir.prepare(tmp));
    }

    @Test
    void aFileWhereTheDirShouldBeIsAUsageError() throws Exception {
        Path file = Files.writeString(tmp.resolve("f"), "x");
        ExitException e = assertThrows(ExitException.class, () -> DemoDataDir.prepare(file));
        assertEquals(ExitCode.USAGE, e.exitCode());
        assertTrue(e.getMessage().contains("not a directory"), e.getMessage());
    }
}
