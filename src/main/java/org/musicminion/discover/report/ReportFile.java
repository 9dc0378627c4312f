package org.musicminion.discover.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.musicminion.discover.ExitException;

/** Writes a report file whole or not at all: a temporary file beside it, then one atomic rename. */
public final class ReportFile {
    private ReportFile() {}

    /** Writes {@code html} to {@code out}; exit 1 naming the file when it cannot be written. */
    public static Path write(Path out, String html) {
        Path target = out.toAbsolutePath();
        Path dir = target.getParent();
        Path tmp = null;
        try {
            if (Files.isDirectory(target)) throw ExitException.failed("cannot write the report to " + target + ": it is a directory");
            tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
            Files.writeString(tmp, html, StandardCharsets.UTF_8);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw ExitException.failed("cannot write the report to " + target + ": " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the temporary file is gone with the rename, or it never held anything worth keeping
                }
            }
        }
    }
}
