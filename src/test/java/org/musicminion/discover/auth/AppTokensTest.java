package org.musicminion.discover.auth;

import org.musicminion.discover.testing.ManualClock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.musicminion.discover.testing.FakeAuthServer;
import org.junit.jupiter.api.io.TempDir;

import mockwebserver3.MockWebServer;

class AppTokensTest {
    @TempDir
    Path dataDir;

    private final MockWebServer server = new MockWebServer();
    private final FakeAuthServer fake = new FakeAuthServer();
    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-25T10:00:00Z"));
    private final List<AuthTestContext> contexts = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        server.setDispatcher(fake);
        server.start();
    }

    @AfterEach
    void stop() {
        contexts.forEach(AuthTestContext::close);
        server.close();
    }

    private AuthTestContext process() {
        AuthTestContext t = new AuthTestContext(dataDir, server.url("/").toString(), clock, Map.of());
        contexts.add(t);
        return t;
    }

    @Test
    void appTokenIsCachedOnDiskOwnerOnlyAndReusedByTheNextProcessUntilItExpires() throws Exception {
        assertEquals("app-1", process().auth.appTokens().accessToken());
        Path file = dataDir.resolve(AppTokenStore.FILE);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertTrue(Files.readString(file).matches("\\{\"access_token\":\"app-1\",\"expires_at\":\"2026-11-25T11:00:00Z\","
                + "\"origin\":\\{\"api_url\":\"http://[^\"]+\",\"auth_url\":\"http://[^\"]+\",\"client_id\":\"[^\"]+\"}}"),
                Files.readString(file));

        assertEquals("app-1", process().auth.appTokens().accessToken());
        clock.advance(Duration.ofMinutes(59)); // within the refresh margin of its expiry
        assertEquals("app-2", process().auth.appTokens().accessToken());

        assertEquals(2, fake.clientGrants.get());
    }

    @Test
    void preloadUsesAUsableTokenOnDiskAndNeverAsksForANewOne() {
        assertEquals("app-1", process().auth.appTokens().accessToken());
        AuthTestContext next = process();
        AuthTestContext expired = process();

        next.auth.appTokens().preload();
        clock.advance(Duration.ofMinutes(59)); // the file's token is now inside the margin
        expired.auth.appTokens().preload();

        assertEquals(1, fake.clientGrants.get(), "preloading makes no grant");
        assertEquals("app-2", expired.auth.appTokens().accessToken(), "an unusable token is left to the first request");
        assertEquals(2, fake.clientGrants.get());
    }

    @Test
    void manyThreadsInManyContextsAtOnceMakeOneGrant() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<String>> tokens = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                AuthTestContext t = process();
                tokens.add(pool.submit(() -> t.auth.appTokens().accessToken()));
            }
            for (Future<String> f : tokens) assertEquals("app-1", f.get());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, fake.clientGrants.get());
    }

    @Test
    void aCachedAppTokenOfAnotherServerIsNotSentHereAndANewOneReplacesIt() throws Exception {
        assertEquals("app-1", process().auth.appTokens().accessToken());
        String otherApi = server.url("/other-api").toString();
        AuthTestContext other = new AuthTestContext(dataDir, server.url("/").toString(), clock, Map.of("soundcloud.api_url", otherApi));
        contexts.add(other);

        assertEquals("app-2", other.auth.appTokens().accessToken(), "the cached app-1 was issued for another api_url");

        assertEquals(2, fake.clientGrants.get());
        assertTrue(other.stderr().contains("issued for another server or app") && other.stderr().contains(otherApi.replaceAll("/$", "")),
                other.stderr());
        assertTrue(Files.readString(dataDir.resolve(AppTokenStore.FILE)).contains("other-api"), "the cache now records this config's origin");
    }

    @Test
    void aCachedAppTokenWithoutAnOriginIsReplacedQuietly() throws Exception {
        Files.writeString(dataDir.resolve(AppTokenStore.FILE), "{\"access_token\":\"old\",\"expires_at\":\"2099-01-01T00:00:00Z\"}");
        Files.setPosixFilePermissions(dataDir.resolve(AppTokenStore.FILE), PosixFilePermissions.fromString("rw-------"));
        AuthTestContext t = process();

        assertEquals("app-1", t.auth.appTokens().accessToken(), "whose it was cannot be told: not sent");
        assertFalse(t.stderr().contains("warning"), t.stderr());
    }

    @Test
    void unreadableCacheIsReplacedWithAWarning() throws Exception {
        Files.writeString(dataDir.resolve(AppTokenStore.FILE), "garbage");
        Files.setPosixFilePermissions(dataDir.resolve(AppTokenStore.FILE), PosixFilePermissions.fromString("rw-------"));
        AuthTestContext t = process();

        assertEquals("app-1", t.auth.appTokens().accessToken());

        assertTrue(t.stderr().contains("app-token.json cannot be used"), t.stderr());
    }
}
