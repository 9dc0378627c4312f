package org.musicminion.discover.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A test's own directory under the system temp dir, made before the test and deleted with all it holds after. */
public final class ScratchDir {
    private ScratchDir() {}

    public static Path create() throws IOException {
        return Files.createTempDirectory("minion-test-");
    }

    public static void delete(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) return;
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
