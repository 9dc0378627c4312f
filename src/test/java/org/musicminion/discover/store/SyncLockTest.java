package org.musicminion.discover.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicminion.discover.ExitException;

class SyncLockTest {
    @TempDir
    Path dir;

    @Test
    void aHeldLockRefusesASecondSyncWithExit75AndTheHoldersPid() throws Exception {
        try (SyncLock held = SyncLock.acquire(dir, false)) {
            assertEquals(Long.toString(ProcessHandle.current().pid()), SyncLock.recordedPid(dir));
            ExitException e = assertThrows(ExitException.class, () -> SyncLock.acquire(dir, false));
            assertEquals(75, e.exitCode());
            assertTrue(e.getMessage().contains("pid " + ProcessHandle.current().pid()) && e.getMessage().contains("--wait"), e.getMessage());
        }
        SyncLock.acquire(dir, false).close(); // released: free again
    }

    @Test
    void aStaleLockFileOfADeadProcessIsTakenOver() throws Exception {
        Files.writeString(dir.resolve(SyncLock.FILE_NAME), "999999\n");
        try (SyncLock l = SyncLock.acquire(dir, false)) {
            assertEquals(Long.toString(ProcessHandle.current().pid()), SyncLock.recordedPid(dir));
        }
    }
}
