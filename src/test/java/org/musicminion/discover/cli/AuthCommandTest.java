package org.musicminion.discover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicminion.discover.ExitCode;
import org.musicminion.discover.Json;
import org.musicminion.discover.auth.TokenSet;
import org.musicminion.discover.auth.TokenStore;
import org.musicminion.discover.auth.UserInfo;
import org.musicminion.discover.testing.FakeAuthServer;
import org.musicminion.discover.testing.JarProcess;
import org.musicminion.discover.testing.TestTerminal;

import mockwebserver3.MockWebServer;

/** The auth commands in-process: what they print on stdout, and their exit codes. */
class AuthCommandTest {
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    @TempDir
    Path dir;

    private final MockWebServer server = new MockWebServer();
    private final FakeAuthServer fake = new FakeAuthServer();
    private Path config;
    private Path dataDir;

    @BeforeEach
    void start() throws Exception {
        server.setDispatcher(fake);
        server.start();
        String base = "http://127.0.0.1:" + server.getPort();
        config = dir.resolve("config.toml");
        Files.writeString(config, "[soundcloud]\napi_url = \"" + base + "\"\nauth_url = \"" + base + "\"\n");
        dataDir = dir.resolve("data");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private JarProcess.Result run(String stdin, String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "--config";
        all[1] = config.toString();
        all[2] = "--data-dir";
        all[3] = dataDir.toString();
        System.arraycopy(args, 0, all, 4, args.length);
        return new TestTerminal()
                .env("MINION_DISCOVER_CLIENT_ID", FakeAuthServer.CLIENT_ID)
                .env("MINION_DISCOVER_CLIENT_SECRET", FakeAuthServer.CLIENT_SECRET)
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .stdin(stdin)
                .run(all);
    }

    private void loggedIn(String access, Instant expiresAt) throws Exception {
        Files.createDirectories(dataDir);
        fake.validAccess.add(access);
        fake.currentRefresh = "r0";
        new TokenStore(dataDir).save(new TokenSet(access, "r0", expiresAt, null, new UserInfo(123, "soundcloud:users:123", "minion")));
    }

    @Test
    void statusWhenNobodyIsLoggedInPrintsNotAuthenticatedAndExits4() throws Exception {
        JarProcess.Result r = run("", "auth", "status");

        assertEquals(ExitCode.NOT_AUTHENTICATED, r.exitCode(), r.toString());
        JsonNode s = Json.MAPPER.readTree(r.stdout());
        assertFalse(s.get("authenticated").asBoolean());
        assertTrue(s.get("user").isNull());
        assertEquals(dataDir.resolve("tokens.json").toString(), s.get("token_file").asText());
        assertTrue(r.stderr().contains("run: minion-discover auth login"), r.stderr());
    }

    @Test
    void statusRefreshesADueTokenAndChecksItWithTheServer() throws Exception {
        loggedIn("old-access", NOW.minusSeconds(5));

        JarProcess.Result r = run("", "auth", "status");

        assertEquals(0, r.exitCode(), r.toString());
        JsonNode s = Json.MAPPER.readTree(r.stdout());
        assertTrue(s.get("authenticated").asBoolean());
        assertEquals("{\"id\":123,\"urn\":\"soundcloud:users:123\",\"username\":\"minion\"}", s.get("user").toString());
        assertEquals("2026-11-25T11:00:00Z", s.get("expires_at").asText());
        assertEquals(1, fake.refreshGrants.get());
    }

    @Test
    void statusAfterTheGrantWasRevokedIsExit4WithTheLoginHint() throws Exception {
        loggedIn("old-access", NOW.minusSeconds(5));
        fake.currentRefresh = "revoked-elsewhere";

        JarProcess.Result r = run("", "auth", "status");

        assertEquals(ExitCode.NOT_AUTHENTICATED, r.exitCode(), r.toString());
        assertFalse(Json.MAPPER.readTree(r.stdout()).get("authenticated").asBoolean());
        assertTrue(r.stderr().contains("revoked") && r.stderr().contains("run: minion-discover auth login"), r.stderr());
    }

    @Test
    void tokenPrintsExactlyTheAccessTokenOnStdout() throws Exception {
        loggedIn("valid-access", NOW.plusSeconds(3600));

        JarProcess.Result r = run("", "auth", "token");

        assertEquals(0, r.exitCode(), r.toString());
        assertEquals("valid-access\n", r.stdout());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void logoutForgetsTheTokensAndSaysSoOnStderr() throws Exception {
        loggedIn("valid-access", NOW.plusSeconds(3600));

        JarProcess.Result r = run("", "auth", "logout");

        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(Json.MAPPER.readTree(r.stdout()).get("logged_out").asBoolean());
        assertTrue(r.stderr().contains("logged out"), r.stderr());
        assertFalse(Files.exists(dataDir.resolve("tokens.json")));
        assertEquals(ExitCode.NOT_AUTHENTICATED, run("", "auth", "token").exitCode());
    }

    @Test
    void bareAuthIsLoginAndPrintsTheUserAndExpiry() throws Exception {
        JarProcess.Result r = run(FakeAuthServer.CODE + "\n", "auth", "--paste");

        assertEquals(0, r.exitCode(), r.toString());
        assertEquals("{\"user\":{\"id\":123,\"urn\":\"soundcloud:users:123\",\"username\":\"minion\"},\"expires_at\":\"2026-11-25T11:00:00Z\"}\n",
                r.stdout());
        assertFalse(r.stderr().contains(FakeAuthServer.CODE), "the code is never echoed");
    }

    @Test
    void loginWithoutAClientIdIsABadConfiguration() {
        JarProcess.Result r = new TestTerminal().run("--config", config.toString(), "--data-dir", dataDir.toString(), "auth", "login", "--paste");

        assertEquals(ExitCode.CONFIG, r.exitCode(), r.toString());
        assertTrue(r.stderr().contains("MINION_DISCOVER_CLIENT_ID"), r.stderr());
    }
}
