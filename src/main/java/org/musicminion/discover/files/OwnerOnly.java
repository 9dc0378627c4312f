package org.musicminion.discover.files;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/** Permissions of files only their owner may read or write (0600) and of the data dir (0700). */
public final class OwnerOnly {
    public static final Set<PosixFilePermission> FILE = EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    public static final FileAttribute<Set<PosixFilePermission>> FILE_ATTR = PosixFilePermissions.asFileAttribute(FILE);
    public static final FileAttribute<Set<PosixFilePermission>> DIR_ATTR =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"));

    private OwnerOnly() {}

    /**
     * Makes sure {@code file} exists as a regular 0600 file: a new one is created 0600 from its
     * first byte (O_EXCL, so never through a link); an existing one of ours with group/other bits is
     * narrowed to 0600. A symbolic link is refused (IOException), never followed.
     */
    public static void createOrTighten(Path file) throws IOException {
        try {
            Files.createFile(file, FILE_ATTR);
            return;
        } catch (FileAlreadyExistsException e) {
            // there already: check it below
        }
        if (Files.isSymbolicLink(file)) throw new IOException(file + " is a symbolic link; it was not followed");
        tightenIfExists(file);
    }

    /** Narrows an existing regular file (not followed through a link) to 0600; no-op when it is missing. */
    public static void tightenIfExists(Path file) throws IOException {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) return;
        Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS);
        if (!FILE.containsAll(perms)) Files.setPosixFilePermissions(file, EnumSet.copyOf(FILE));
    }
}
