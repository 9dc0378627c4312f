package org.musicminion.discover.store;

import java.nio.file.Path;

import org.musicminion.discover.ExitException;
import org.musicminion.discover.Messages;
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
     * Takes the lock; when another process (or another sync of this one) holds it, fails at once with
     * exit 75 naming the holder's pid.
     */
    public static SyncLock acquire(Path dataDir, boolean wait) {
        return acquire(dataDir, wait, Messages.NONE);
    }

    /**
     * Takes the lock; when another process holds it, with {@code wait} says on {@code messages} whom it
     * waits for (pid, since when) and waits, else fails at once with exit 75 naming the holder's pid.
     */
    public static SyncLock acquire(Path dataDir, boolean wait, Messages messages) {
        Path file = dataDir.resolve(FILE_NAME);
        LockFile l = LockFile.tryAcquire(file);
        if (l == null) {
            String holder = LockFile.readNote(file);
            if (!wait) {
                throw ExitException.locked("another sync is running (pid " + (holder == null ? "unknown" : holder) + ", lock " + file
                        + "); try later, or pass --wait to wait for it");
            }
            messages.info("sync: waiting for the sync that holds " + file + " to finish: " + holderText(holder)
                    + " (Ctrl-C stops waiting; nothing is changed)");
            l = LockFile.acquire(file);
            messages.info("sync: the other sync finished; starting");
        }
        l.writeNote(Long.toString(ProcessHandle.current().pid()));
        return new SyncLock(l);
    }

    /** "pid 123, running since 2026-11-20T10:00:00Z" as far as the system tells. */
    private static String holderText(String pid) {
        if (pid == null) return "pid unknown";
        try {
            var started = ProcessHandle.of(Long.parseLong(pid.strip())).flatMap(h -> h.info().startInstant());
            return "pid " + pid.strip() + started.map(t -> ", running since " + t.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)).orElse("");
        } catch (NumberFormatException notAPid) {
            return "pid unknown";
        }
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
