package org.musicminion.discover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicminion.discover.store.Database;
import org.musicminion.discover.testing.DiscoveryIndex;
import org.musicminion.discover.testing.JarProcess;

/**
 * What a short command's start-up loads (each class is start-up time; docs/performance.md): `tracks` never builds
 * the databind mapper, the HTTP stack or Parquet; `--version` reads nothing from the jar but its classes; our classes
 * concatenate strings without invokedynamic.
 */
class ShortCommandClassesIT {
    @TempDir
    Path dir;

    private List<String> classesLoadedBy(String... args) throws Exception {
        Path log = dir.resolve("classes-" + args[args.length - 1].replaceAll("\\W", "") + ".txt");
        var r = JarProcess.of(args).env("XDG_CACHE_HOME", dir.resolve("cache").toString())
                .javaOpts("-Xlog:class+load:file=" + log).run();
        assertEquals(0, r.exitCode(), r.toString());
        return Files.readAllLines(log).stream().map(l -> l.replaceFirst("^\\[[^]]*]\\[[^]]*]\\[[^]]*] ", "")).toList();
    }

    private static void noneStartWith(List<String> loaded, String... prefixes) {
        for (String p : prefixes) {
            List<String> found = loaded.stream().filter(c -> c.startsWith(p)).limit(5).toList();
            assertTrue(found.isEmpty(), "loaded " + p + "*: " + found);
        }
    }

    @Test
    void tracksLoadsNoMapperNoHttpNoParquet() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        try (Database db = Database.openIn(data)) { // one track a followed artist reposted: tracks prints a record
            new DiscoveryIndex(db).artist(1, true, 1_000).track(10, 200, 2_000).source(10, 1, "repost", 2_000);
        }
        List<String> loaded = classesLoadedBy("--data-dir", data.toString(), "tracks", "--limit", "5");

        assertTrue(loaded.stream().anyMatch(c -> c.startsWith("org.musicminion.discover.RecordJson ")), "a record printed, the log read");
        noneStartWith(loaded, "com.fasterxml.jackson.databind.ObjectMapper ", "okhttp3.", "kotlin.", "shaded.parquet.",
                "org.apache.parquet.");
    }

    /** javac's -XDstringConcat=inline: a cold JVM spins method handles and classes for each new shape of an indy concatenation. */
    @Test
    void ourClassesConcatenateStringsWithoutInvokedynamic() throws Exception {
        int classes = 0;
        try (JarFile jar = new JarFile(JarProcess.jar().toFile())) {
            for (JarEntry e : java.util.Collections.list(jar.entries())) {
                if (!e.getName().startsWith("org/musicminion/") || !e.getName().endsWith(".class")) continue;
                classes++;
                try (InputStream in = jar.getInputStream(e)) {
                    String text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
                    assertFalse(text.contains("makeConcatWithConstants"), e.getName() + " concatenates through StringConcatFactory");
                }
            }
        }
        assertTrue(classes > 100, "our classes: " + classes);
    }

    @Test
    void theVersionIsReadWithoutOpeningTheJarAsAResource() throws Exception {
        List<String> loaded = classesLoadedBy("--version");

        assertTrue(loaded.stream().anyMatch(c -> c.startsWith("org.musicminion.discover.Version ")), "the log is read");
        noneStartWith(loaded, "sun.net.www.protocol.jar.JarURLConnection ", "com.fasterxml.jackson.databind.");
    }
}
