package org.musicminion.discover.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.musicminion.discover.ExitException;

/**
 * The demo's data dir: a new temporary one by default, or the one named with {@code --data-dir}.
 * Every dir the demo uses is marked with {@value #MARKER}; a dir that holds a real account's data
 * (tokens or an index) without that mark is refused with exit 2, so the demo never overwrites them.
 */
public final class DemoDataDir {
    /** The file that marks a data dir as made by the demo (so it may be reused). */
    public static final String MARKER = ".minion-demo";

    /** Files that mean "a real account lives here". */
    static final List<String> ACCOUNT_FILES = List.of("tokens.json", "app-token.json", "minion-discover.db");

    private DemoDataDir() {}

    /**
     * The dir the demo works in, created 0700 and marked. {@code requested} null: a new temporary dir.
     *
     * @throws ExitException exit 2 when {@code requested} holds a real account's data; exit 1 when it cannot be made
     */
    public static Path prepare(Path requested) {
        try {
            Path dir;
            if (requested == null) {
                dir = Files.createTempDirectory("minion-discover-demo-", PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rwx------")));
            } else {
                dir = requested.toAbsolutePath().normalize();
                refuseAccountData(dir);
                if (!Files.isDirectory(dir)) {
                    if (Files.exists(dir)) throw ExitException.usage("--data-dir " + dir + " exists but is not a directory; name a new or empty directory");
                    Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                }
            }
            Path marker = dir.resolve(MARKER);
            if (!Files.exists(marker)) {
                Files.writeString(marker, "made by `minion-discover demo` (a simulated SoundCloud account); safe to delete with this directory\n",
                        StandardCharsets.UTF_8);
            }
            return dir;
        } catch (IOException e) {
            throw ExitException.failed("cannot prepare the demo data dir: " + e.getMessage() + "; name another with --data-dir", e);
        }
    }

    /** True when {@code dir} was made by a demo. */
    public static boolean isDemoDir(Path dir) {
        return Files.isRegularFile(dir.resolve(MARKER));
    }

    private static void refuseAccountData(Path dir) {
        if (!Files.isDirectory(dir) || isDemoDir(dir)) return;
        for (String name : ACCOUNT_FILES) {
            if (Files.exists(dir.resolve(name))) {
                throw ExitException.usage("--data-dir " + dir + " holds a real account's data (" + name + ") that the demo would"
                        + " overwrite; run the demo without --data-dir (a temporary dir) or name a new or empty directory");
            }
        }
    }
}
