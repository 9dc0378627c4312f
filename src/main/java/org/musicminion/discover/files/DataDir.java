package org.musicminion.discover.files;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;

import org.musicminion.discover.ExitException;

/**
 * The start-up check of the data dir, which holds the tokens: it is created 0700 when missing; an
 * existing one must belong to the user running the tool, and when group or others may write to it
 * (they could swap the token or lock files) it is narrowed to 0700 with a warning. A dir of another
 * user, or one that cannot be narrowed, is refused with exit 1 and a message that says what to do.
 */
public final class DataDir {
    private static final Set<PosixFilePermission> GROUP_OTHER_WRITE = EnumSet.of(PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.OTHERS_WRITE);

    private DataDir() {}

    /** Creates or checks {@code dir} (absolute) and returns it; {@code warn} hears when it was narrowed. */
    public static Path ensure(Path dir, Consumer<String> warn) {
        try {
            if (!Files.isDirectory(dir)) {
                if (Files.exists(dir)) throw ExitException.failed("data dir " + dir + " exists but is not a directory; pass another with --data-dir");
                Files.createDirectories(dir, OwnerOnly.DIR_ATTR);
            }
            PosixFileAttributes attrs = Files.readAttributes(dir, PosixFileAttributes.class);
            int owner = uidOf(dir);
            int me = Uid.current();
            if (owner != me) {
                throw ExitException.failed("data dir " + dir + " belongs to " + attrs.owner().getName() + " (uid " + owner + "), not to you (uid " + me
                        + "); it holds your tokens, so it is not used. Pass a dir of your own with --data-dir (or MINION_DISCOVER_DATA)");
            }
            Set<PosixFilePermission> perms = attrs.permissions();
            if (perms.stream().anyMatch(GROUP_OTHER_WRITE::contains)) {
                String was = PosixFilePermissions.toString(perms);
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
                warn.accept("data dir " + dir + " was writable by group or others (" + was + "); it holds your tokens, so it is now rwx------");
            }
            if (!Files.isWritable(dir)) {
                throw ExitException.failed("data dir " + dir + " is not writable; fix its permissions or pass another with --data-dir");
            }
            return dir;
        } catch (AccessDeniedException e) {
            throw ExitException.failed("cannot create or check data dir " + dir + " (permission denied); pass another with --data-dir");
        } catch (FileSystemException e) {
            throw ExitException.failed("cannot create or check data dir " + dir + ": " + e.getReason() + "; pass another with --data-dir");
        } catch (IOException e) {
            throw ExitException.failed("cannot create or check data dir " + dir + ": " + e.getMessage() + "; pass another with --data-dir");
        }
    }

    static int uidOf(Path p) throws IOException {
        return (Integer) Files.getAttribute(p, "unix:uid");
    }
}
