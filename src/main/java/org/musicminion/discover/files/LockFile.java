package org.musicminion.discover.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import org.musicminion.discover.ExitException;

/**
 * The one lock-file helper: an exclusive lock shared by threads and processes, a JVM-wide
 * {@link ReentrantLock} per file (FileChannel locks are per process, not per thread) plus an OS
 * {@link FileLock} that the OS drops when the holder dies (even by kill -9). The file is created
 * 0600, opened with {@code NOFOLLOW_LINKS} (a symbolic link in its place is refused, never followed)
 * and never truncated before the lock is held; it is never deleted (deleting lock files races).
 * It may hold a short note (the holder's pid). Release by closing.
 */
public final class LockFile implements AutoCloseable {
    private static final ConcurrentHashMap<Path, Local> LOCAL = new ConcurrentHashMap<>();
    private static final Set<OpenOption> OPEN = Set.of(StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE,
            LinkOption.NOFOLLOW_LINKS);

    private static final class Local {
        final ReentrantLock lock = new ReentrantLock();
        FileChannel channel;
        FileLock fileLock;
    }

    private final Path file;
    private final Local local;
    private boolean closed;

    private LockFile(Path file, Local local) {
        this.file = file;
        this.local = local;
    }

    /** Blocks until this thread holds the lock; re-entrant within a thread. Exit 130 when interrupted, 1 when the file cannot be used. */
    public static LockFile acquire(Path file) {
        Local local = local(file);
        try {
            local.lock.lockInterruptibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ExitException.interrupted();
        }
        if (local.lock.getHoldCount() > 1) return new LockFile(file, local);
        try {
            local.channel = open(file);
            local.fileLock = local.channel.lock();
            return new LockFile(file, local);
        } catch (ClosedByInterruptException e) {
            release(local);
            throw ExitException.interrupted();
        } catch (IOException | RuntimeException e) {
            release(local);
            throw failure(file, e);
        }
    }

    /** The lock when nobody (no other process, no thread of this one, not even this thread) holds it; else null. Never blocks. */
    public static LockFile tryAcquire(Path file) {
        Local local = local(file);
        if (local.lock.isHeldByCurrentThread() || !local.lock.tryLock()) return null;
        try {
            local.channel = open(file);
            try {
                local.fileLock = local.channel.tryLock();
            } catch (OverlappingFileLockException e) {
                local.fileLock = null;
            }
            if (local.fileLock == null) {
                release(local);
                return null;
            }
            return new LockFile(file, local);
        } catch (IOException | RuntimeException e) {
            release(local);
            throw failure(file, e);
        }
    }

    public Path file() {
        return file;
    }

    /** Replaces the file's note (e.g. the holder's pid); only the holder writes, so no one else's content is ever cut. */
    public void writeNote(String note) {
        try {
            FileChannel ch = local.channel;
            ch.truncate(0);
            ByteBuffer buf = ByteBuffer.wrap((note + "\n").getBytes(StandardCharsets.UTF_8));
            while (buf.hasRemaining()) ch.write(buf, buf.position());
            ch.force(false);
        } catch (IOException e) {
            throw failure(file, e);
        }
    }

    /** The note in {@code file}, or null when there is none (read without following a link). */
    public static String readNote(Path file) {
        try {
            if (Files.isSymbolicLink(file)) return null;
            byte[] head;
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
                ByteBuffer buf = ByteBuffer.allocate(64);
                ch.read(buf, 0);
                head = java.util.Arrays.copyOf(buf.array(), buf.position());
            }
            String s = new String(head, StandardCharsets.UTF_8).strip();
            return s.isEmpty() ? null : s;
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public void close() {
        if (closed) return;
        closed = true;
        release(local);
    }

    private static Local local(Path file) {
        return LOCAL.computeIfAbsent(file.toAbsolutePath().normalize(), p -> new Local());
    }

    private static FileChannel open(Path file) throws IOException {
        FileChannel ch = FileChannel.open(file, OPEN, OwnerOnly.FILE_ATTR);
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) throw new IOException("not a regular file");
            Object links = Files.getAttribute(file, "unix:nlink", LinkOption.NOFOLLOW_LINKS);
            if (links instanceof Integer n && n > 1) throw new IOException("it has " + n + " hard links, so writing it could change another file");
            return ch;
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
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

    private static ExitException failure(Path file, Exception e) {
        if (Files.isSymbolicLink(file)) {
            return ExitException.failed("lock file " + file + " is a symbolic link; it was neither followed nor changed. Remove it (rm " + file
                    + ") if you did not put it there, and check who can write to the data dir");
        }
        String why = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
        return ExitException.failed("cannot lock " + file + ": " + why + "; check the data dir or pass another with --data-dir", e);
    }
}
