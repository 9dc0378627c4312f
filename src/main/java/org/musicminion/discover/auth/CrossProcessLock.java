package org.musicminion.discover.auth;

import java.io.IOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import org.musicminion.discover.ExitException;

/**
 * An exclusive lock shared by threads and processes: a JVM-wide {@link ReentrantLock} per lock
 * file (FileChannel locks are per process, not per thread) plus an OS {@link FileLock} on the
 * file. The lock file is created 0600 and never deleted (deleting lock files races).
 * Re-entrant within a thread.
 */
final class CrossProcessLock {
    private static final ConcurrentHashMap<Path, Local> LOCAL = new ConcurrentHashMap<>();

    private CrossProcessLock() {}

    private static final class Local {
        final ReentrantLock lock = new ReentrantLock();
        FileChannel channel;
        FileLock fileLock;
    }

    /** Blocks until this thread holds the lock; close the result to release. */
    static Held acquire(Path lockFile) {
        Local local = LOCAL.computeIfAbsent(lockFile.toAbsolutePath().normalize(), p -> new Local());
        try {
            local.lock.lockInterruptibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ExitException.interrupted();
        }
        if (local.lock.getHoldCount() > 1) return new Held(local);
        try {
            local.channel = FileChannel.open(lockFile, java.util.Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                    SecureFiles.OWNER_ONLY_ATTR);
            local.fileLock = local.channel.lock();
            return new Held(local);
        } catch (ClosedByInterruptException e) {
            release(local);
            throw ExitException.interrupted();
        } catch (IOException e) {
            release(local);
            throw ExitException.failed("cannot lock " + lockFile + ": " + e.getMessage());
        }
    }

    private static void release(Local local) {
        try {
            if (local.lock.getHoldCount() == 1) {
                if (local.fileLock != null && local.fileLock.isValid()) local.fileLock.release();
                if (local.channel != null) local.channel.close();
                local.fileLock = null;
                local.channel = null;
            }
        } catch (IOException ignored) {
            // closing the channel releases the lock anyway
        } finally {
            local.lock.unlock();
        }
    }

    /** A held lock. */
    static final class Held implements AutoCloseable {
        private final Local local;
        private boolean closed;

        private Held(Local local) {
            this.local = local;
        }

        @Override
        public void close() {
            if (closed) return;
            closed = true;
            release(local);
        }
    }
}
