package org.musicminion.discover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicminion.discover.testing.JarProcess;

/** The data dir is checked at start-up, in the real process. */
class DataDirIT {
    @TempDir
    Path tmp;

    @Test
    void aWorldWritableDataDirIsNarrowedTo0700WithAWarning() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("data"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));

        var r = JarProcess.of("--data-dir", dir.toString(), "tracks").run();

        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.stderr().contains("was writable by group or others"), r.stderr());
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("minion-discover.db"))));
    }
}
