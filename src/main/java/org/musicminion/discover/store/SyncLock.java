package org.musicminion.discover.store;

import java.nio.file.Path;

import org.musicminion.discover.ExitException;
import org.musicminion.discover.files.LockFile;

/**
 * One sync per data dir: a {@link LockFile} on {@code <data dir>/sync.lock}, which holds the
 * holder's pid for the message. The OS drops the lock when the holder dies (even by kill -9), so a
 * stale file of a dead process is simply taken over. Release by closing.
 */
public final class SyncLock implements AutoCloseable {
    public static final String FILE_NAME = "sync.lock";

    private final LockFile lock;

    private SyncLock(LockFile lock) {
        this.lock = lock;
    }

    /**
     * Takes the lock; when another process (or another sync of this one) holds it, waits for it with
     * {@code wait}, else fails at once with exit 75 naming the holder's pid.
     */
    public static SyncLock acquire(Path dataDir, boolean wait) {
        Path file = dataDir.resolve(FILE_NAME);
        LockFile l = LockFile.tryAcquire(file);
        if (l == null && !wait) {
            String holder = LockFile.readNote(file);
            throw ExitException.locked("another sync is running (pid " + (holder == null ? "unknown" : holder) + ", lock " + file
                    + "); try later, or pass --wait to wait for it");
        }
        if (l == null) l = LockFile.acquire(file);
        l.writeNote(Long.toString(ProcessHandle.current().pid()));
        return new SyncLock(l);
    }

    /** The pid recorded in the lock file of {@code dataDir}, or null when there is none. */
    public static String recordedPid(Path dataDir) {
        return LockFile.readNote(dataDir.resolve(FILE_NAME));
    }

    @Override
    public void close() {
        lock.close();
    }
}
