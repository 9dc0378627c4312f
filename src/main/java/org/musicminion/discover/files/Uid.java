package org.musicminion.discover.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The effective uid of this process, as the kernel sees it (Linux: the owner of /proc/self). */
final class Uid {
    private static volatile int current = -1;

    private Uid() {}

    static int current() throws IOException {
        int u = current;
        if (u < 0) {
            try {
                u = (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
            } catch (IOException | UnsupportedOperationException e) {
                u = (int) new com.sun.security.auth.module.UnixSystem().getUid(); // no /proc (e.g. macOS)
            }
            current = u;
        }
        return u;
    }
}
