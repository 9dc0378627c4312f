package org.musicminion.discover.testing;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code bin/minion-discover} with stdout on a pseudo-terminal of a given width ({@code script -qec},
 * util-linux), as a person at a terminal runs it; stderr goes to a file, so the two stay apart.
 * The environment is cleared of MINION_DISCOVER_*, XDG_* and COLUMNS; the test JVM's java comes first on PATH.
 */
public final class Pty {
    private Pty() {}

    /** Exit code, what the terminal showed (line ends as \n) and stderr. */
    public static JarProcess.Result run(Path scratch, int columns, List<String> args) throws Exception {
        Files.createDirectories(scratch);
        Path err = Files.createTempFile(scratch, "stderr", ".txt");
        StringBuilder cmd = new StringBuilder("stty cols " + columns + " rows 50; exec bin/minion-discover");
        for (String a : args) cmd.append(' ').append(quote(a));
        cmd.append(" 2>").append(quote(err.toString()));
        ProcessBuilder pb = new ProcessBuilder("script", "-qec", cmd.toString(), "/dev/null")
                .redirectInput(new File("/dev/null")).redirectErrorStream(true);
        pb.environment().keySet().removeIf(k -> k.startsWith("MINION_DISCOVER") || k.startsWith("XDG_") || k.equals("COLUMNS"));
        pb.environment().put("PATH", Path.of(System.getProperty("java.home"), "bin") + File.pathSeparator + System.getenv("PATH"));
        pb.environment().put("HOME", scratch.toString());
        JarProcess.jar(); // fails clearly when the jar is not built
        Process p = pb.start();
        byte[] shown = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("script did not finish in 60 s");
        }
        return new JarProcess.Result(p.exitValue(), new String(shown, StandardCharsets.UTF_8).replace("\r\n", "\n"),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
