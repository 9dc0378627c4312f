package org.musicminion.discover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicminion.discover.Json;
import org.musicminion.discover.testing.FakeAuthServer;
import org.musicminion.discover.testing.JarProcess;
import org.musicminion.discover.testing.TestTerminal;

import mockwebserver3.MockWebServer;

/**
 * Tokens belong to the server and app that issued them: a data dir logged in against one api_url /
 * auth_url / client_id and then used with a config for another is exit 4 naming both, and nothing is
 * sent there, refreshed, or renamed.
 */
class TokenOriginTest {
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    @TempDir
    Path dir;
    private final MockWebServer home = new MockWebServer();
    private final MockWebServer other = new MockWebServer();
    private final FakeAuthServer homeAuth = new FakeAuthServer();
    private final FakeAuthServer otherAuth = new FakeAuthServer(); // refuses our refresh token: it never issued it
    private Path data;

    @BeforeEach
    void start() throws Exception {
        home.setDispatcher(homeAuth);
        home.start();
        other.setDispatcher(otherAuth);
        other.start();
        otherAuth.currentRefresh = "not-ours";
        data = dir.resolve("data");
    }

    @AfterEach
    void stop() {
        home.close();
        other.close();
    }

    private Path config(MockWebServer server, String name) throws Exception {
        String base = "http://127.0.0.1:" + server.getPort();
        Path c = dir.resolve(name + ".toml");
        Files.writeString(c, "[soundcloud]\napi_url = \"" + base + "\"\nauth_url = \"" + base + "\"\n");
        return c;
    }

    private JarProcess.Result run(Path config, Instant now, String... args) {
        String[] all = Stream.concat(Stream.of("--config", config.toString(), "--data-dir", data.toString()), Stream.of(args))
                .toArray(String[]::new);
        return new TestTerminal().env("MINION_DISCOVER_CLIENT_ID", FakeAuthServer.CLIENT_ID)
                .env("MINION_DISCOVER_CLIENT_SECRET", FakeAuthServer.CLIENT_SECRET)
                .clock(Clock.fixed(now, ZoneOffset.UTC)).run(all);
    }

    /** tokens.json as a login against {@code server} left it: access token expired, so the next use refreshes. */
    private void loggedInAgainst(MockWebServer server, boolean recordOrigin) throws Exception {
        Files.createDirectories(data, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                java.nio.file.attribute.PosixFilePermissions.fromString("rwx------")));
        String base = "http://127.0.0.1:" + server.getPort();
        Path f = data.resolve("tokens.json");
        Files.writeString(f, "{\"access_token\":\"a0\",\"refresh_token\":\"r0\",\"expires_at\":\"2026-11-25T09:00:00Z\","
                + "\"scope\":null,\"user\":{\"id\":123,\"urn\":\"soundcloud:users:123\",\"username\":\"minion\"}"
                + (recordOrigin ? ",\"origin\":{\"api_url\":\"" + base + "\",\"auth_url\":\"" + base + "\",\"client_id\":\""
                + FakeAuthServer.CLIENT_ID + "\"}" : "") + "}");
        Files.setPosixFilePermissions(f, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        homeAuth.currentRefresh = "r0";
    }

    @Test
    void tokensOfAnotherServerAreExit4NamingBothAndNothingIsRenamedOrSent() throws Exception {
        loggedInAgainst(home, true);
        byte[] before = Files.readAllBytes(data.resolve("tokens.json"));

        JarProcess.Result r = run(config(other, "other"), NOW, "auth", "status");

        assertEquals(4, r.exitCode(), r.toString());
        String homeUrl = "http://127.0.0.1:" + home.getPort();
        String otherUrl = "http://127.0.0.1:" + other.getPort();
        assertTrue(r.stderr().contains(homeUrl) && r.stderr().contains(otherUrl), "names both: " + r.stderr());
        assertEquals(0, other.getRequestCount(), "neither the token nor the refresh token went to the other server");
        try (Stream<Path> files = Files.list(data)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().contains("revoked")), "nothing renamed");
        }
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(data.resolve("tokens.json"))), "nothing changed");

        JarProcess.Result back = run(config(home, "home"), NOW, "auth", "status"); // with the config they came from, they work
        assertEquals(0, back.exitCode(), back.toString());
        assertEquals(1, homeAuth.refreshGrants.get());
    }

    @Test
    void aFileFromBeforeOriginsWereKeptIsUsedAndGetsItsOriginOnTheNextSave() throws Exception {
        loggedInAgainst(home, false);

        JarProcess.Result r = run(config(home, "home"), NOW, "auth", "status");

        assertEquals(0, r.exitCode(), r.toString());
        JsonNode saved = Json.MAPPER.readTree(data.resolve("tokens.json").toFile());
        assertEquals("http://127.0.0.1:" + home.getPort(), saved.get("origin").get("api_url").asText(), saved.toString());
        assertEquals(FakeAuthServer.CLIENT_ID, saved.get("origin").get("client_id").asText());
        assertEquals(4, run(config(other, "other"), NOW, "auth", "status").exitCode(), "now it is bound to where it came from");
    }
}
