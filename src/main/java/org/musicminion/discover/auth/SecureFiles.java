package org.musicminion.discover.auth;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/**
 * Small secret files: written to a temp file in the same directory that is 0600 from its creation
 * (a file attribute, not a chmod afterwards) through the channel that created it, fsynced, then
 * moved over the target atomically;
 * the directory is fsynced so the rename survives a crash.
 */
final class SecureFiles {
    static final Set<PosixFilePermission> OWNER_ONLY = EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY_ATTR = PosixFilePermissions.asFileAttribute(OWNER_ONLY);

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private SecureFiles() {}

    static void writeAtomically(Path target, byte[] data) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = dir.resolve("." + target.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
        // one open creates the file (O_EXCL, so never through a link someone put there) and writes it: never reopened by name
        FileChannel ch = FileChannel.open(tmp, EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), OWNER_ONLY_ATTR);
        try {
            try (ch) {
                ByteBuffer buf = ByteBuffer.wrap(data);
                while (buf.hasRemaining()) ch.write(buf);
                ch.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("the file system of " + dir + " cannot replace files atomically", e);
            }
            syncDirectory(dir);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * A file of {@code size} zero bytes at {@code path}, 0600, written and fsynced, so the disk has
     * already given its room: writing up to that many bytes into it later needs no new space (a full
     * disk is found before, not after, something that cannot be repeated). Replaces an old reserve;
     * never follows a link.
     */
    static FileChannel reserve(Path path, int size) throws IOException {
        FileChannel ch = FileChannel.open(path, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.READ, StandardOpenOption.TRUNCATE_EXISTING, java.nio.file.LinkOption.NOFOLLOW_LINKS), OWNER_ONLY_ATTR);
        try {
            ByteBuffer zeros = ByteBuffer.allocate(size);
            while (zeros.hasRemaining()) ch.write(zeros);
            ch.force(true);
            return ch;
        } catch (IOException e) {
            ch.close();
            Files.deleteIfExists(path);
            throw e;
        }
    }

    /**
     * Writes {@code data} into the reserved {@code ch} (from its start, cut to the data's length),
     * fsyncs and closes it, then moves {@code reserved} over {@code target} atomically. On failure
     * the reserve is left where it is, holding whatever was written.
     */
    static void commitReserve(FileChannel ch, Path reserved, Path target, byte[] data) throws IOException {
        try (ch) {
            ByteBuffer buf = ByteBuffer.wrap(data);
            long at = 0;
            while (buf.hasRemaining()) at += ch.write(buf, at);
            ch.truncate(data.length);
            ch.force(true);
        }
        try {
            Files.move(reserved, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the file system of " + target.getParent() + " cannot replace files atomically", e);
        }
        syncDirectory(target.toAbsolutePath().getParent());
    }

    /** Permissions beyond owner read/write (group or other bits), or an empty set. */
    static Set<PosixFilePermission> tooOpen(Path file) throws IOException {
        Set<PosixFilePermission> perms = EnumSet.noneOf(PosixFilePermission.class);
        perms.addAll(Files.getPosixFilePermissions(file));
        perms.removeAll(EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE));
        return perms;
    }

    static String mode(Path file) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }

    private static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // not every platform can fsync a directory; the file itself is synced
        }
    }
}
