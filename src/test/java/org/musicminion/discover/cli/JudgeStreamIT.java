package org.musicminion.discover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicminion.discover.Json;
import org.musicminion.discover.store.Database;
import org.musicminion.discover.testing.JarProcess;

/** `judge` of a long pipe in a small heap: it streams in bounded, committed batches instead of reading everything first. */
class JudgeStreamIT {
    private static final int LINES = 100_000; // today's main: OutOfMemoryError, exit 1, no line out (1 M lines at -Xmx64m alike)

    @TempDir
    Path dir;

    @Test
    void judgeOfAHugePipeAtASmallHeapStreamsEveryLineAndCommitsThem() throws Exception {
        ByteArrayOutputStream in = new ByteArrayOutputStream(LINES * 26);
        for (int i = 1; i <= LINES; i++) in.writeBytes(("soundcloud:tracks:" + i + "\n").getBytes(StandardCharsets.US_ASCII));
        Path out = dir.resolve("out.ndjson");
        Path data = dir.resolve("data");
        JarProcess.Result r = JarProcess.of(List.of("--data-dir", data.toString(), "judge", "--as", "not_quite"))
                .javaOpts("-Xmx16m").stdin(in.toByteArray()).stdoutTo(out.toFile()).timeoutSeconds(240).run();

        assertEquals(0, r.exitCode(), r.stderr());
        assertTrue(!r.stderr().contains("OutOfMemoryError"), r.stderr());
        long lines = 0;
        String last = null;
        try (BufferedReader br = Files.newBufferedReader(out)) {
            for (String l = br.readLine(); l != null; l = br.readLine()) {
                lines++;
                last = l;
            }
        }
        assertEquals(LINES, lines, "one line per input");
        assertEquals("soundcloud:tracks:" + LINES, Json.MAPPER.readTree(last).get("urn").asText(), "in input order");
        try (Database db = Database.openIn(data)) {
            long stored = db.read(c -> {
                try (var st = c.createStatement(); var rs = st.executeQuery("SELECT count(*) FROM judgments")) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            assertEquals(LINES, stored, "every verdict committed");
        }
    }
}
