package org.musicminion.discover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicminion.discover.Version;

/**
 * README's install line, run as written, puts `minion-discover` on PATH, and the
 * completion script completes that name as well as `bin/minion-discover`.
 */
class InstallIT {
    @TempDir
    Path home;

    private String bash(String script) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", script).directory(Path.of("").toAbsolutePath().toFile())
                .redirectErrorStream(true);
        pb.environment().keySet().removeIf(k -> k.startsWith("MINION_DISCOVER") || k.startsWith("XDG_"));
        pb.environment().put("HOME", home.toString());
        pb.environment().put("PATH", home.resolve(".local/bin") + File.pathSeparator
                + Path.of(System.getProperty("java.home"), "bin") + File.pathSeparator + System.getenv("PATH"));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    /** The one line of README's sh block that links the launcher into ~/.local/bin. */
    private static String installLine() throws Exception {
        return Files.readAllLines(Path.of("README.md")).stream()
                .filter(l -> l.contains("ln -s") && l.contains("~/.local/bin")).findFirst()
                .orElseThrow(() -> new AssertionError("README.md has no install line"));
    }

    @Test
    void readmesInstallLinePutsTheCommandOnPathFromAnyDirectory() throws Exception {
        bash(installLine());
        try {
            String out = bash("cd / && minion-discover --version");
            assertEquals("minion-discover " + Version.get() + "\n", out);
        } finally {
            Files.deleteIfExists(home.resolve(".local/bin/minion-discover")); // a link out of the temp dir
        }
    }

    @Test
    void completionCompletesTheInstalledNameAndTheLauncherInTheRepository() throws Exception {
        String script = home.resolve("completion.bash").toString();
        bash("bin/minion-discover completion > " + script);
        for (String name : new String[] {"minion-discover", "bin/minion-discover"}) {
            String out = bash("source " + script + " && COMP_WORDS=(" + name + " tra) && COMP_CWORD=1 && COMP_LINE='" + name
                    + " tra' && COMP_POINT=${#COMP_LINE} && $(complete -p " + name + " | sed 's/.*-F \\([^ ]*\\).*/\\1/') 2>/dev/null && echo \"${COMPREPLY[@]}\"");
            assertEquals("tracks\n", out, name);
        }
    }
}
