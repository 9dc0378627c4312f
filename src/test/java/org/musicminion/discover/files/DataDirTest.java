package org.musicminion.discover.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.musicminion.discover.ExitCode;
import org.musicminion.discover.ExitException;

class DataDirTest {
    @TempDir
    Path tmp;

    private final List<String> warnings = new ArrayList<>();

    private static String mode(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void aMissingDirIsCreatedOwnerOnly() throws Exception {
        Path dir = tmp.resolve("a/b/data");
        assertEquals(dir, DataDir.ensure(dir, warnings::add));
        assertEquals("rwx------", mode(dir));
        assertTrue(warnings.isEmpty());
    }

    /** A dir of ours that others may write is narrowed with a warning naming it; one they can only read is left as it is. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"rwxrwxrwx, rwx------, true", "rwxrwx---, rwx------, true", "rwxr-xr-x, rwxr-xr-x, false"})
    void aDirOfOursIsNarrowedOnlyWhenOthersMayWriteIt(String before, String after, boolean warned) throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("data"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString(before));
        DataDir.ensure(dir, warnings::add);
        assertEquals(after, mode(dir));
        assertEquals(warned ? 1 : 0, warnings.size(), warnings.toString());
        if (warned) assertTrue(warnings.get(0).contains(before) && warnings.get(0).contains(dir.toString()), warnings.get(0));
    }

    @Test
    void aDirOfAnotherUserIsRefusedAndLeftAlone() throws Exception {
        assumeTrue(Uid.current() == 0, "needs root to give a dir to another user");
        Path dir = Files.createDirectory(tmp.resolve("theirs"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
        Files.setAttribute(dir, "unix:uid", 4242);
        ExitException e = assertThrows(ExitException.class, () -> DataDir.ensure(dir, warnings::add));
        assertEquals(ExitCode.FAILED, e.exitCode());
        assertTrue(e.getMessage().contains("uid 4242") && e.getMessage().contains("--data-dir"), e.getMessage());
        assertEquals("rwxrwxrwx", mode(dir), "not ours to change");
    }

    @Test
    void aFileInTheDirsPlaceIsRefused() throws Exception {
        Path file = Files.createFile(tmp.resolve("data"));
        ExitException e = assertThrows(ExitException.class, () -> DataDir.ensure(file, warnings::add));
        assertTrue(e.getMessage().contains("not a directory"), e.getMessage());
    }
}
