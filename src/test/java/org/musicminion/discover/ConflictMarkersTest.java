package org.musicminion.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No tracked text file holds a merge-conflict marker: README.md once shipped two contradicting
 * descriptions between them. The markers are built at run time so this file does not match itself.
 */
class ConflictMarkersTest {
    static final String OURS = "<".repeat(7);
    static final String BASE = "|".repeat(7);
    static final String THEIRS = ">".repeat(7);

    @TempDir
    Path dir;

    @Test
    void noTrackedTextFileHoldsAMergeConflictMarker() throws Exception {
        List<String> found = markers(Path.of("").toAbsolutePath());
        assertEquals(List.of(), found, "merge-conflict markers left in tracked files");
    }

    @Test
    void aMarkerAtTheStartOfALineIsFoundAndNamedByFileAndLine() throws Exception {
        Files.writeString(dir.resolve("doc.md"), "intro\n" + OURS + " HEAD\none\n" + "=".repeat(7) + "\ntwo\n" + THEIRS + " main\n");
        Files.writeString(dir.resolve("fine.md"), "a quote: " + OURS + " in a line is no marker\n");
        Files.write(dir.resolve("blob.bin"), new byte[] {0, 1, '\n', '<', '<', '<', '<', '<', '<', '<', ' '});
        git(dir, "init", "-q");
        git(dir, "add", "doc.md", "fine.md", "blob.bin");
        assertEquals(List.of("doc.md:2", "doc.md:6"), markers(dir));
    }

    /** file:line of every line starting with a conflict marker, in the tracked text files under {@code root}. */
    static List<String> markers(Path root) throws IOException, InterruptedException {
        List<String> found = new ArrayList<>();
        for (String name : git(root, "ls-files", "-z").split("\0")) {
            if (name.isEmpty()) continue;
            Path file = root.resolve(name);
            if (!Files.isRegularFile(file)) continue;
            byte[] bytes = Files.readAllBytes(file);
            if (binary(bytes)) continue;
            String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String l = lines[i];
                if (l.startsWith(OURS + " ") || l.equals(OURS) || l.startsWith(BASE) || l.startsWith(THEIRS + " ") || l.equals(THEIRS)) {
                    found.add(name + ":" + (i + 1));
                }
            }
        }
        return found;
    }

    private static boolean binary(byte[] bytes) {
        for (int i = 0; i < Math.min(bytes.length, 8000); i++) if (bytes[i] == 0) return true;
        return false;
    }

    private static String git(Path dir, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("git", "-C", dir.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(false).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0, "git " + String.join(" ", args) + " failed");
        return out;
    }
}
