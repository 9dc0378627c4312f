package org.musicminion.discover.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AppTokensTest {
    @RegisterExtension
    final AuthFixture auth = new AuthFixture();

    @Test
    void appTokenIsCachedOnDiskOwnerOnlyAndReusedByTheNextProcessUntilItExpires() throws Exception {
        assertEquals("app-1", auth.process().auth.appTokens().accessToken());
        Path file = auth.dataDir.resolve(AppTokenStore.FILE);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertTrue(Files.readString(file).matches("\\{\"access_token\":\"app-1\",\"expires_at\":\"2026-11-25T11:00:00Z\","
                + "\"origin\":\\{\"api_url\":\"http://[^\"]+\",\"auth_url\":\"http://[^\"]+\",\"client_id\":\"[^\"]+\"}}"),
                Files.readString(file));

        assertEquals("app-1", auth.process().auth.appTokens().accessToken());
        auth.clock.advance(Duration.ofMinutes(59)); // within the refresh margin of its expiry
        assertEquals("app-2", auth.process().auth.appTokens().accessToken());

        assertEquals(2, auth.fake.clientGrants.get());
    }

    @Test
    void preloadUsesAUsableTokenOnDiskAndNeverAsksForANewOne() {
        assertEquals("app-1", auth.process().auth.appTokens().accessToken());
        AuthTestContext next = auth.process();
        AuthTestContext expired = auth.process();

        next.auth.appTokens().preload();
        auth.clock.advance(Duration.ofMinutes(59)); // the file's token is now inside the margin
        expired.auth.appTokens().preload();

        assertEquals(1, auth.fake.clientGrants.get(), "preloading makes no grant");
        assertEquals("app-2", expired.auth.appTokens().accessToken(), "an unusable token is left to the first request");
        assertEquals(2, auth.fake.clientGrants.get());
    }

    @Test
    void manyThreadsInManyContextsAtOnceMakeOneGrant() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<String>> tokens = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                AuthTestContext t = auth.process();
                tokens.add(pool.submit(() -> t.auth.appTokens().accessToken()));
            }
            for (Future<String> f : tokens) assertEquals("app-1", f.get());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, auth.fake.clientGrants.get());
    }

    @Test
    void aCachedAppTokenOfAnotherServerIsNotSentHereAndANewOneReplacesIt() throws Exception {
        assertEquals("app-1", auth.process().auth.appTokens().accessToken());
        String otherApi = auth.server.url("/other-api").toString();
        AuthTestContext other = auth.process(java.util.Map.of("soundcloud.api_url", otherApi));

        assertEquals("app-2", other.auth.appTokens().accessToken(), "the cached app-1 was issued for another api_url");

        assertEquals(2, auth.fake.clientGrants.get());
        assertTrue(other.stderr().contains("issued for another server or app") && other.stderr().contains(otherApi.replaceAll("/$", "")),
                other.stderr());
        assertTrue(Files.readString(auth.dataDir.resolve(AppTokenStore.FILE)).contains("other-api"), "the cache now records this config's origin");
    }

    @Test
    void aCachedAppTokenWithoutAnOriginIsReplacedQuietly() throws Exception {
        Files.writeString(auth.dataDir.resolve(AppTokenStore.FILE), "{\"access_token\":\"old\",\"expires_at\":\"2099-01-01T00:00:00Z\"}");
        Files.setPosixFilePermissions(auth.dataDir.resolve(AppTokenStore.FILE), PosixFilePermissions.fromString("rw-------"));
        AuthTestContext t = auth.process();

        assertEquals("app-1", t.auth.appTokens().accessToken(), "whose it was cannot be told: not sent");
        assertFalse(t.stderr().contains("warning"), t.stderr());
    }

    @Test
    void unreadableCacheIsReplacedWithAWarning() throws Exception {
        Files.writeString(auth.dataDir.resolve(AppTokenStore.FILE), "garbage");
        Files.setPosixFilePermissions(auth.dataDir.resolve(AppTokenStore.FILE), PosixFilePermissions.fromString("rw-------"));
        AuthTestContext t = auth.process();

        assertEquals("app-1", t.auth.appTokens().accessToken());

        assertTrue(t.stderr().contains("app-token.json cannot be used"), t.stderr());
    }
}
