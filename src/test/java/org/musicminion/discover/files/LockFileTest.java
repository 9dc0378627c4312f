package org.musicminion.discover.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicminion.discover.ExitCode;
import org.musicminion.discover.ExitException;
import org.musicminion.discover.store.SyncLock;

class LockFileTest {
    @TempDir
    Path dir;

    @Test
    void aSymlinkedSyncLockIsRefusedAndItsTargetKeepsItsContent() throws Exception {
        Path precious = Files.writeString(dir.resolve("precious.txt"), "do not overwrite\n");
        Files.createSymbolicLink(dir.resolve(SyncLock.FILE_NAME), precious);

        ExitException e = assertThrows(ExitException.class, () -> SyncLock.acquire(dir, false));

        assertEquals(ExitCode.FAILED, e.exitCode());
        assertTrue(e.getMessage().contains("symbolic link"), e.getMessage());
        assertEquals("do not overwrite\n", Files.readString(precious));
    }

    @Test
    void aSymlinkedTokenLockIsRefusedAndNothingIsCreatedThroughADanglingOne() throws Exception {
        Path target = dir.resolve("elsewhere/created-through-link");
        Files.createDirectories(target.getParent());
        Files.createSymbolicLink(dir.resolve("tokens.lock"), target);

        assertThrows(ExitException.class, () -> LockFile.acquire(dir.resolve("tokens.lock")));

        assertFalse(Files.exists(target), "the link was not followed to create its target");
    }

    @Test
    void aHardLinkedLockFileIsRefused() throws Exception {
        Path other = Files.writeString(dir.resolve("other.txt"), "mine\n");
        Files.createLink(dir.resolve(SyncLock.FILE_NAME), other);
        assertThrows(ExitException.class, () -> SyncLock.acquire(dir, false));
        assertEquals("mine\n", Files.readString(other));
    }

    @Test
    void theLockFileIsOwnerOnlyAndHoldsTheNote() throws Exception {
        try (SyncLock held = SyncLock.acquire(dir, false)) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(SyncLock.FILE_NAME))));
            assertEquals(Long.toString(ProcessHandle.current().pid()), SyncLock.recordedPid(dir));
        }
    }

    @Test
    void acquireIsReentrantInOneThreadAndExclusiveAcrossThreads() throws Exception {
        Path file = dir.resolve("x.lock");
        try (LockFile outer = LockFile.acquire(file); LockFile inner = LockFile.acquire(file)) {
            assertNotNull(inner);
            assertNull(CompletableFuture.supplyAsync(() -> LockFile.tryAcquire(file)).get(5, TimeUnit.SECONDS), "held by another thread");
            assertNull(LockFile.tryAcquire(file), "tryAcquire is never re-entrant");
        }
        boolean free = CompletableFuture.supplyAsync(() -> {
            LockFile again = LockFile.tryAcquire(file);
            if (again != null) again.close(); // closed by the thread that holds it
            return again != null;
        }).get(5, TimeUnit.SECONDS);
        assertTrue(free, "released after both closes");
    }
}
