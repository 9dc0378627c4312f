package org.musicminion.discover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicminion.discover.Version;
import org.musicminion.discover.testing.JarProcess;

/** bin/minion-discover and the build's start-up (CDS) archive, whole process. */
class LauncherIT {
    @TempDir
    Path tmp;

    private record Run(int exit, String out, String err) {}

    private Run launch(Path launcher, String javaOpts) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", launcher.toString(), "--version").directory(tmp.toFile())
                .redirectOutput(tmp.resolve("out").toFile()).redirectError(tmp.resolve("err").toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("MINION_DISCOVER") || k.startsWith("XDG_"));
        if (javaOpts != null) pb.environment().put("MINION_DISCOVER_JAVA_OPTS", javaOpts);
        pb.environment().put("PATH", Path.of(System.getProperty("java.home"), "bin") + File.pathSeparator + System.getenv("PATH"));
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return new Run(p.exitValue(), Files.readString(tmp.resolve("out"), StandardCharsets.UTF_8),
                Files.readString(tmp.resolve("err"), StandardCharsets.UTF_8));
    }

    /** A copy of the launcher and the jar in a root of its own; returns the copied jar. */
    private Path installCopy(Path root) throws Exception {
        Files.createDirectories(root.resolve("bin"));
        Files.createDirectories(root.resolve("target"));
        Files.copy(Path.of("bin/minion-discover"), root.resolve("bin/minion-discover"));
        return Files.copy(JarProcess.jar(), root.resolve("target/minion-discover.jar"));
    }

    @Test
    void theBuildsStartUpArchiveIsMappedAndTheOutputStaysClean() throws Exception {
        Path log = tmp.resolve("classes.txt");
        Run r = launch(Path.of("bin/minion-discover").toAbsolutePath(), "-Xlog:class+load:file=" + log);

        assertEquals(0, r.exit, r.err);
        assertEquals("minion-discover " + Version.get() + "\n", r.out);
        assertEquals("", r.err);
        List<String> loaded = Files.readAllLines(log);
        long ours = loaded.stream().filter(l -> l.matches("\\S+ (org\\.musicminion|picocli)\\..* source: shared objects file.*")).count();
        assertTrue(ours > 100, "our and picocli's classes mapped from target/minion-discover.jsa: " + ours
                + " (see target/startup-training.log for why the build made none)");
        // picocli ships Java 5 class files: only a static archive holds them, so none is read from the jar
        List<String> picocliFromJar = loaded.stream().filter(l -> l.contains(" picocli.") && l.contains("source: file:")).toList();
        assertEquals(List.of(), picocliFromJar);
    }

    @Test
    void anArchiveThisJavaCannotUseIsIgnoredWithoutAWord() throws Exception {
        Path root = tmp.resolve("install");
        installCopy(root);
        Files.writeString(root.resolve("target/minion-discover.jsa"), "not an archive");

        Run r = launch(root.resolve("bin/minion-discover"), null);

        assertEquals(0, r.exit, r.err);
        assertEquals("minion-discover " + Version.get() + "\n", r.out);
        assertEquals("", r.err);
    }

    @Test
    void anArchiveOlderThanTheJarIsNeverMapped() throws Exception {
        Path root = tmp.resolve("install");
        Path jar = installCopy(root);
        // half of a real archive: the JVM would crash mapping it (SIGBUS), so exit 0 proves it was left alone
        byte[] real = Files.readAllBytes(Path.of("target/minion-discover.jsa"));
        Path stale = Files.write(root.resolve("target/minion-discover.jsa"), java.util.Arrays.copyOf(real, real.length / 2));
        Files.setLastModifiedTime(stale, FileTime.from(Files.getLastModifiedTime(jar).toInstant().minusSeconds(60)));

        Run r = launch(root.resolve("bin/minion-discover"), null);

        assertEquals(0, r.exit, r.err);
        assertEquals("minion-discover " + Version.get() + "\n", r.out);
    }
}
