package org.musicminion.discover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicminion.discover.testing.JarProcess;

/** The packaged jar: only {@code export ... --format parquet} loads parquet-java; every other command leaves it unread. */
class ExportIT {
    @TempDir
    Path dir;

    private long parquetClassesLoaded(String... args) throws Exception {
        Path log = dir.resolve("classes-" + System.nanoTime() + ".txt");
        List<String> all = new java.util.ArrayList<>(List.of("--data-dir", dir.resolve("data").toString()));
        all.addAll(List.of(args));
        JarProcess.Result r = JarProcess.of(all).javaOpts("-Xlog:class+load=info:file=" + log).run();
        assertEquals(0, r.exitCode(), r.toString());
        try (var lines = Files.lines(log)) {
            return lines.filter(l -> l.contains(" org.apache.parquet.")).count();
        }
    }

    @Test
    void onlyAParquetExportLoadsParquetClasses() throws Exception {
        assertEquals(0, parquetClassesLoaded("artists"));
        assertEquals(0, parquetClassesLoaded("tracks", "--limit", "1"));
        assertEquals(0, parquetClassesLoaded("export", "tracks", "--format", "csv"));
        assertEquals(0, parquetClassesLoaded("export", "artist-tiers"));
        Path out = dir.resolve("t.parquet");
        assertTrue(parquetClassesLoaded("export", "tracks", "--out", out.toString()) > 0, "the .parquet extension picks Parquet");
        byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(out), 4);
        assertEquals("PAR1", new String(head, java.nio.charset.StandardCharsets.US_ASCII));
    }
}
