package org.musicminion.discover.auth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicminion.discover.ExitCode;
import org.musicminion.discover.testing.TestTerminal;

class TokenStoreTest {
    @TempDir
    Path dataDir;

    private static TokenSet sample(int n) {
        return new TokenSet("access-" + n, "refresh-" + n, Instant.parse("2026-11-25T10:00:00Z"), "non-expiring",
                new UserInfo(123, "soundcloud:users:123", "minion"));
    }

    @Test
    void tokenFileHasTheSharedFormat() throws Exception {
        new TokenStore(dataDir).save(sample(1));

        assertEquals("{\"access_token\":\"access-1\",\"refresh_token\":\"refresh-1\",\"expires_at\":\"2026-11-25T10:00:00Z\","
                + "\"scope\":\"non-expiring\",\"user\":{\"id\":123,\"urn\":\"soundcloud:users:123\",\"username\":\"minion\"}}",
                Files.readString(dataDir.resolve("tokens.json")));
        assertEquals(sample(1), new TokenStore(dataDir).read());
    }

    @Test
    void tokenFileIsOwnerOnlyAndNoFileInTheDirIsEverReadableByOthersWhileSaving() throws Exception {
        TokenStore store = new TokenStore(dataDir);
        AtomicBoolean saving = new AtomicBoolean(true);
        List<String> seen = new ArrayList<>();
        Thread watcher = new Thread(() -> {
            while (saving.get()) {
                try (Stream<Path> files = Files.list(dataDir)) {
                    for (Path p : files.toList()) {
                        try {
                            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p);
                            if (!SecureFiles.tooOpen(p).isEmpty()) seen.add(p.getFileName() + " " + PosixFilePermissions.toString(perms));
                        } catch (java.io.IOException gone) {
                            // renamed away between list and stat
                        }
                    }
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        });
        watcher.start();
        for (int i = 0; i < 100; i++) store.save(sample(i));
        saving.set(false);
        watcher.join();

        assertEquals(List.of(), seen);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file())));
        try (Stream<Path> files = Files.list(dataDir)) {
            assertEquals(List.of("tokens.json"), files.map(p -> p.getFileName().toString()).toList(), "no temp file left behind");
        }
    }

    @Test
    void emptyTokenFileIsExit4NamingTheFileAndIsLeftAsItIs() throws Exception {
        assertRefusedAndUntouched("", "is empty");
    }

    @Test
    void tokenFileThatIsNotJsonIsExit4AndIsLeftAsItIs() throws Exception {
        assertRefusedAndUntouched("access_token=abc\n", "not valid JSON");
    }

    @Test
    void tokenFileReadableByOthersIsExit4WithTheChmodToRun() throws Exception {
        Path file = dataDir.resolve("tokens.json");
        Files.writeString(file, new String(sample(1).toJson().toString().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        byte[] before = Files.readAllBytes(file);

        var r = new TestTerminal().run("--data-dir", dataDir.toString(), "auth", "token");

        assertEquals(ExitCode.NOT_AUTHENTICATED, r.exitCode(), r.toString());
        assertTrue(r.stderr().contains("chmod 600 " + file), r.stderr());
        assertEquals("", r.stdout(), "no token is printed from a file others could read");
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    private void assertRefusedAndUntouched(String content, String why) throws Exception {
        Path file = dataDir.resolve("tokens.json");
        Files.writeString(file, content);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));

        var r = new TestTerminal().run("--data-dir", dataDir.toString(), "auth", "token");

        assertEquals(ExitCode.NOT_AUTHENTICATED, r.exitCode(), r.toString());
        assertTrue(r.stderr().contains(file.toString()) && r.stderr().contains(why), r.stderr());
        assertTrue(r.stderr().contains("run: minion-discover auth login"), r.stderr());
        assertEquals(content, Files.readString(file));
    }
}
