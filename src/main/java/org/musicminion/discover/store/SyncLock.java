package org.musicminion.discover.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

import org.musicminion.discover.ExitException;

/**
 * One sync per data dir: an OS lock on {@code <data dir>/sync.lock}, which holds the holder's pid
 * for the message. The OS drops the lock when the holder dies (even by kill -9), so a stale file
 * of a dead process is simply taken over. Release by closing.
 */
public final class SyncLock implements AutoCloseable {
    public static final String FILE_NAME = "sync.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private SyncLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock; when another process holds it, waits for it with {@code wait}, else fails at
     * once with exit 75 naming the holder's pid.
     */
    public static SyncLock acquire(Path dataDir, boolean wait) {
        Path file = dataDir.resolve(FILE_NAME);
        FileChannel ch = null;
        try {
            ch = FileChannel.open(file, java.util.Set.of(StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            FileLock l;
            try {
                l = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                l = null; // held by this very process (another sync in the same JVM)
            }
            if (l == null && !wait) {
                String holder = holder(ch);
                ch.close();
                throw ExitException.locked("another sync is running (pid " + holder + ", lock " + file
                        + "); try later, or pass --wait to wait for it");
            }
            if (l == null) l = ch.lock();
            ch.truncate(0);
            ch.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
            ch.force(false);
            return new SyncLock(ch, l);
        } catch (IOException e) {
            closeQuietly(ch);
            throw ExitException.failed("cannot take the sync lock " + file + ": " + e.getMessage()
                    + "; check that the data dir is writable or pass another with --data-dir", e);
        } catch (OverlappingFileLockException e) {
            closeQuietly(ch);
            throw ExitException.locked("another sync in this process holds " + file);
        }
    }

    private static String holder(FileChannel ch) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(64);
        ch.read(buf, 0);
        String s = new String(buf.array(), 0, buf.position(), StandardCharsets.US_ASCII).strip();
        return s.isEmpty() ? "unknown" : s;
    }

    /** The pid recorded in the lock file of {@code dataDir}, or null when there is none. */
    public static String recordedPid(Path dataDir) throws IOException {
        Path f = dataDir.resolve(FILE_NAME);
        if (!Files.exists(f)) return null;
        String s = Files.readString(f, StandardCharsets.US_ASCII).strip();
        return s.isEmpty() ? null : s;
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel releases it too
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel ch) {
        if (ch == null) return;
        try {
            ch.close();
        } catch (IOException ignored) {
            // nothing more to do
        }
    }
}
