package org.musicminion.discover.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * A real small file system (a tmpfs mounted for the test) that a test can fill to the last byte,
 * so "No space left on device" comes from the kernel, as on a full disk. Needs root (CI runs as
 * root); elsewhere the test is skipped. Close to unmount.
 */
public final class SmallDisk implements AutoCloseable {
    private final Path dir;

    private SmallDisk(Path dir) {
        this.dir = dir;
    }

    /** Mounts a tmpfs of {@code kib} KiB, mode 0700, at {@code dir} (created). */
    public static SmallDisk mount(Path dir, int kib) throws Exception {
        Files.createDirectories(dir);
        int rc = run(List.of("mount", "-t", "tmpfs", "-o", "size=" + kib + "k,mode=0700", "tmpfs", dir.toString()));
        Assumptions.assumeTrue(rc == 0, "cannot mount a tmpfs here (not root?): the full-disk test needs one");
        return new SmallDisk(dir);
    }

    public Path dir() {
        return dir;
    }

    /** Writes a filler file until the file system is full (ENOSPC). */
    public void fill() throws IOException {
        byte[] block = new byte[4096];
        try (OutputStream out = Files.newOutputStream(dir.resolve("filler-" + System.nanoTime()))) {
            while (true) {
                out.write(block);
                out.flush();
            }
        } catch (IOException full) {
            if (!String.valueOf(full.getMessage()).contains("No space left")) throw full;
        }
    }

    @Override
    public void close() throws Exception {
        run(List.of("umount", "-l", dir.toString()));
    }

    private static int run(List<String> command) throws Exception {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return -1;
            }
            return p.exitValue();
        } catch (IOException e) {
            return -1;
        }
    }
}
