package org.musicminion.discover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicminion.discover.testing.JarProcess;

/** Start-up: SQLite's native library is extracted once into the cache dir, not into the temp dir on every run. */
class NativeLibraryCacheIT {
    @TempDir
    Path dir;

    private static List<Path> files(Path d) throws Exception {
        if (!Files.isDirectory(d)) return List.of();
        try (Stream<Path> s = Files.list(d)) {
            return s.toList();
        }
    }

    @Test
    void theNativeLibraryIsExtractedOnceIntoTheCacheAndADamagedCopyIsReplaced() throws Exception {
        Path cache = dir.resolve("cache");
        Path tmp = Files.createDirectory(dir.resolve("tmp"));
        JarProcess tracks = JarProcess.of("--data-dir", dir.resolve("data").toString(), "tracks")
                .env("XDG_CACHE_HOME", cache.toString()).javaOpts("-Djava.io.tmpdir=" + tmp);

        assertEquals(0, tracks.run().exitCode());
        List<Path> homes = files(cache.resolve("minion-discover/native"));
        assertEquals(1, homes.size(), homes.toString());
        List<Path> libs = files(homes.get(0));
        assertEquals(1, libs.size(), libs.toString());
        Path lib = libs.get(0);
        long size = Files.size(lib);
        assertTrue(size > 100_000, "the whole library: " + size);
        assertEquals(List.of(), files(tmp), "nothing extracted into the temp dir");

        Files.write(lib, new byte[10]); // a damaged copy (another tool, a disk error)
        var again = tracks.run();
        assertEquals(0, again.exitCode(), again.toString());
        assertEquals(size, Files.size(lib), "replaced by a whole copy");
        assertEquals(List.of(), files(tmp), "nothing extracted into the temp dir");
    }
}
