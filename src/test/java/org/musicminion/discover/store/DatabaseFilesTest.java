package org.musicminion.discover.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicminion.discover.ExitException;

/** The index, its WAL and shared memory are owner-only, whatever the umask. */
class DatabaseFilesTest {
    @TempDir
    Path dir;

    private static String mode(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void aNewDatabaseAndItsWalAndShmAreCreatedOwnerOnly() throws Exception {
        try (Database db = Database.openIn(dir)) {
            db.write(c -> {
                try (var s = c.createStatement()) {
                    s.execute("CREATE TABLE IF NOT EXISTS t_perm (x)"); // a write, so the WAL is in use
                }
                return null;
            });
            Path file = dir.resolve(Database.FILE_NAME);
            assertEquals("rw-------", mode(file));
            assertTrue(Files.exists(dir.resolve(Database.FILE_NAME + "-wal")));
            assertEquals("rw-------", mode(dir.resolve(Database.FILE_NAME + "-wal")));
            assertEquals("rw-------", mode(dir.resolve(Database.FILE_NAME + "-shm")));
        }
    }

    @Test
    void anExistingDatabaseOthersMayReadIsNarrowed() throws Exception {
        Database.openIn(dir).close();
        Path file = dir.resolve(Database.FILE_NAME);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        Database.openIn(dir).close();
        assertEquals("rw-------", mode(file));
    }

    @Test
    void aSymlinkInTheDatabasesPlaceIsRefused() throws Exception {
        Path elsewhere = Files.createDirectory(dir.resolve("elsewhere")).resolve("x.db");
        Files.createSymbolicLink(dir.resolve(Database.FILE_NAME), elsewhere);
        ExitException e = assertThrows(ExitException.class, () -> Database.openIn(dir));
        assertTrue(e.getMessage().contains("symbolic link"), e.getMessage());
        assertTrue(Files.notExists(elsewhere));
    }
}
