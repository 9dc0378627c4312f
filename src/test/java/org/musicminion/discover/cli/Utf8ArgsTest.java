package org.musicminion.discover.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Utf8ArgsTest {
    @TempDir
    Path dir;

    private Path cmdline(String... entries) throws Exception {
        Path f = dir.resolve("cmdline");
        Files.write(f, (String.join("\0", entries) + "\0").getBytes(StandardCharsets.UTF_8));
        return f;
    }

    @Test
    void argumentsAnAsciiLocaleDamagedAreReadBackFromTheRawCommandLine() throws Exception {
        Path raw = cmdline("java", "-jar", "x.jar", "resolve", "café/日本");
        String[] damaged = {"resolve", "caf\uFFFD\uFFFD/\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD"};
        assertArrayEquals(new String[] {"resolve", "café/日本"}, Utf8Args.of(damaged, raw));
    }

    @Test
    void undamagedArgumentsAreKeptAsTheyAre() throws Exception {
        String[] args = {"tracks", "--limit", "5"};
        assertArrayEquals(args, Utf8Args.of(args, dir.resolve("missing")));
    }

    @Test
    void aCommandLineThatDoesNotMatchIsNotUsed() throws Exception {
        Path raw = cmdline("java", "-jar", "x.jar", "other", "thing");
        String[] damaged = {"resolve", "caf\uFFFD\uFFFD"};
        assertArrayEquals(damaged, Utf8Args.of(damaged, raw));
    }
}
