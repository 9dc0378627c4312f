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
        return launch(launcher, javaOpts, Path.of(System.getProperty("java.home")));
    }

    private Run launch(Path launcher, String javaOpts, Path javaHome) throws Exception {
        return launch(launcher, javaOpts, javaHome, "--version");
    }

    private Run launch(Path launcher, String javaOpts, Path javaHome, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("bash", launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(tmp.toFile())
                .redirectOutput(tmp.resolve("out").toFile()).redirectError(tmp.resolve("err").toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("MINION_DISCOVER") || k.startsWith("XDG_"));
        if (javaOpts != null) pb.environment().put("MINION_DISCOVER_JAVA_OPTS", javaOpts);
        pb.environment().put("XDG_CACHE_HOME", tmp.resolve("cache").toString());
        pb.environment().put("PATH", javaHome.resolve("bin") + File.pathSeparator + System.getenv("PATH"));
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
    void theArchiveIsMappedWhereItWasBuiltForNotRelocatedOnEveryStart() throws Exception {
        Path log = tmp.resolve("cds.txt");
        Run r = launch(Path.of("bin/minion-discover").toAbsolutePath(), "-Xlog:cds=info:file=" + log);

        assertEquals(0, r.exit, r.err);
        String cds = Files.readString(log);
        assertTrue(cds.contains("Mapped static"), cds);
        // the JVM's default (ArchiveRelocationMode 1) rewrites every pointer of the archive on each start
        assertTrue(!cds.contains("always map archive(s) at an alternative address"), cds);
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

    /** A Java 25+ JDK on this machine (Temurin 25 is installed beside Java 17 here), or null. */
    private static Path java25() throws Exception {
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) return null;
        try (var dirs = Files.list(jvms)) {
            for (Path d : dirs.sorted().toList()) {
                Path release = d.resolve("release");
                if (!Files.isRegularFile(release) || !Files.isExecutable(d.resolve("bin/java"))) continue;
                var m = java.util.regex.Pattern.compile("JAVA_VERSION=\"(\\d+)").matcher(Files.readString(release));
                if (m.find() && Integer.parseInt(m.group(1)) >= 25) return d;
            }
        }
        return null;
    }

    @Test
    void onJava25TheLauncherMapsTheAotCacheInsteadOfTheCdsArchive() throws Exception {
        Path jdk = java25();
        org.junit.jupiter.api.Assumptions.assumeTrue(jdk != null, "no Java 25+ JDK under /usr/lib/jvm");
        Path root = tmp.resolve("install");
        Path jar = installCopy(root);
        Path aot = root.resolve("target/minion-discover.aot");
        Process train = new ProcessBuilder(jdk.resolve("bin/java").toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-XX:AOTCacheOutput=" + aot, "-jar", jar.toAbsolutePath().toRealPath().toString(), "--version")
                .redirectErrorStream(true).redirectOutput(tmp.resolve("train.log").toFile()).start();
        assertTrue(train.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, train.exitValue(), Files.readString(tmp.resolve("train.log")));
        Path log = tmp.resolve("classes25.txt");

        Run r = launch(root.resolve("bin/minion-discover"), "-Xlog:class+load:file=" + log, jdk);

        assertEquals(0, r.exit, r.err);
        assertEquals("minion-discover " + Version.get() + "\n", r.out);
        assertEquals("", r.err);
        long ours = Files.readAllLines(log).stream()
                .filter(l -> l.contains(" org.musicminion.discover.") && l.contains("source: shared objects file")).count();
        assertTrue(ours > 3, "our classes mapped from the AOT cache: " + ours);
    }

    @Test
    void onJava25ACommandThatLoadsSqlitesNativeLibrarySaysNothingAboutNativeAccess() throws Exception {
        Path jdk = java25();
        org.junit.jupiter.api.Assumptions.assumeTrue(jdk != null, "no Java 25+ JDK under /usr/lib/jvm");

        Run r = launch(Path.of("bin/minion-discover").toAbsolutePath(), null, jdk, "--data-dir", tmp.resolve("data").toString(),
                "tracks", "--limit", "5");

        assertEquals(0, r.exit, r.err);
        // the jar's manifest enables native access (JDK 22+ warns on System.load from the class path otherwise)
        assertTrue(!r.err.contains("WARNING") && !r.err.contains("restricted method"), r.err);
        assertTrue(Files.exists(tmp.resolve("data/minion-discover.db")), "the database was opened");
    }
}
