package org.musicminion.discover.auth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.musicminion.discover.ExitCode;
import org.musicminion.discover.ExitException;
import org.musicminion.discover.http.TokenSource;
import org.musicminion.discover.testing.FakeAuthServer;

class UserTokensTest {
    @RegisterExtension
    final AuthFixture auth = new AuthFixture();

    @Test
    void tokenThatIsNotDueIsUsedWithoutAskingTheServer() {
        auth.loggedIn("a0", "r0", auth.clock.instant().plus(Duration.ofHours(1)));

        assertEquals("a0", auth.context().auth.requireUserTokens().accessToken());

        assertEquals(0, auth.server.getRequestCount());
    }

    @Test
    void preloadKeepsTheTokenOnDiskInMemoryWithoutAskingTheServer() {
        auth.loggedIn("a0", "r0", auth.clock.instant().plus(Duration.ofHours(1)));
        TokenSource tokens = auth.context().auth.requireUserTokens();

        tokens.preload();
        auth.store().save(new TokenSet("a1", "r1", auth.clock.instant().plus(Duration.ofHours(2)), null, null));

        assertEquals("a0", tokens.accessToken(), "read once, by the preload");
        assertEquals(0, auth.server.getRequestCount());
    }

    @Test
    void preloadNeverRefreshesADueTokenThatIsLeftToTheFirstRequest() {
        auth.loggedInDueForRefresh();

        auth.context().auth.requireUserTokens().preload();

        assertEquals(0, auth.server.getRequestCount());
        assertEquals("access-1", auth.context().auth.requireUserTokens().accessToken());
        assertEquals(1, auth.fake.refreshGrants.get());
    }

    @Test
    void preloadOfARefusedFileIsSilentAndTheRequestStillSaysWhy() throws Exception {
        auth.loggedIn("a0", "r0", auth.clock.instant().plus(Duration.ofHours(1)));
        TokenSource tokens = auth.context().auth.requireUserTokens();
        Files.setPosixFilePermissions(auth.store().file(), java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));

        tokens.preload();

        ExitException e = assertThrows(ExitException.class, tokens::accessToken);
        assertEquals(ExitCode.NOT_AUTHENTICATED, e.exitCode());
        assertTrue(e.getMessage().contains("chmod 600"), e.getMessage());
    }

    @Test
    void dueTokenIsRefreshedAndTheRotatedPairIsSavedBeforeTheNewTokenIsUsed() {
        auth.loggedIn("a0", "r0", auth.clock.instant().plusSeconds(30)); // inside the 60 s margin
        AtomicReference<String> refreshOnDiskWhenUsed = new AtomicReference<>();
        auth.fake.onMe = token -> refreshOnDiskWhenUsed.set(new TokenStore(auth.dataDir).read().refreshToken());

        var me = auth.context().api(auth.context().auth.requireUserTokens()).getJson("/me");

        assertEquals(123, me.get("id").asInt());
        assertEquals(1, auth.fake.refreshGrants.get());
        assertEquals("refresh-1", refreshOnDiskWhenUsed.get(), "the new refresh token was on disk before the new access token was used");
        TokenSet saved = auth.store().read();
        assertEquals("access-1", saved.accessToken());
        assertEquals("refresh-1", saved.refreshToken());
        assertEquals(auth.clock.instant().plusSeconds(3600), saved.expiresAt());
        assertEquals("minion", saved.user().username(), "the user survives a refresh");
        assertEquals("r0", FakeAuthServer.form(auth.fake.tokenRequests.get(0)).get("refresh_token"));
    }

    @Test
    void tokenRejectedWith401IsRefreshedOnceAndTheCallRepeated() {
        auth.store().save(new TokenSet("revoked-access", "r0", auth.clock.instant().plus(Duration.ofHours(1)), null, null));
        auth.fake.currentRefresh = "r0";

        var me = auth.context().api(auth.context().auth.requireUserTokens()).getJson("/me");

        assertEquals("minion", me.get("username").asText());
        assertEquals(1, auth.fake.refreshGrants.get());
        assertEquals("access-1", auth.store().read().accessToken());
    }

    @Test
    void invalidGrantWithTheSameRefreshTokenStillOnDiskMeansRevokedAndTheFileIsKeptAside() throws Exception {
        auth.loggedInDueForRefresh();
        byte[] before = Files.readAllBytes(auth.store().file());
        auth.fake.currentRefresh = "something-else"; // the grant was revoked on the server

        ExitException e = assertThrows(ExitException.class, () -> auth.context().auth.requireUserTokens().accessToken());

        assertEquals(ExitCode.NOT_AUTHENTICATED, e.exitCode());
        assertTrue(e.getMessage().contains("run: minion-discover auth login"), e.getMessage());
        assertFalse(Files.exists(auth.store().file()));
        List<Path> aside;
        try (Stream<Path> files = Files.list(auth.dataDir)) {
            aside = files.filter(p -> p.getFileName().toString().startsWith("tokens.json.revoked-")).toList();
        }
        assertEquals(1, aside.size());
        assertArrayEquals(before, Files.readAllBytes(aside.get(0)), "revoked tokens are kept, not emptied");
        assertTrue(e.getMessage().contains(aside.get(0).getFileName().toString()), e.getMessage());
        assertFalse(e.getMessage().contains("r0"));
    }

    @Test
    void aGrantRevokedWhileFourWorkersWaitNamesTheRevocationAndTheKeptFileToEachOfThem() throws Exception {
        auth.loggedInDueForRefresh();
        auth.fake.currentRefresh = "something-else"; // revoked on the server
        TokenSource tokens = auth.context().auth.requireUserTokens();
        tokens.preload();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        var start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<String>> answers = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                return assertThrows(ExitException.class, tokens::accessToken).getMessage();
            }));
        }
        start.countDown();
        pool.shutdown();
        List<String> messages = new java.util.ArrayList<>();
        for (var answer : answers) messages.add(answer.get());
        List<Path> aside;
        try (Stream<Path> files = Files.list(auth.dataDir)) {
            aside = files.filter(p -> p.getFileName().toString().startsWith("tokens.json.revoked-")).toList();
        }
        assertEquals(1, aside.size());
        for (String m : messages) {
            assertTrue(m.contains("invalid_grant") && m.contains(aside.get(0).toString()), m);
            assertFalse(m.contains("not logged in"), m);
        }
        assertEquals(1, auth.fake.refreshGrants.get(), "one refresh grant, not four");
    }

    @Test
    void aSymlinkInTheTokenFilesPlaceIsRefusedWithoutChmodAdviceAndItsTargetIsUntouched() throws Exception {
        Path target = Files.createDirectory(auth.dataDir.resolve("elsewhere")).resolve("shared.json");
        Files.writeString(target, "{\"access_token\":\"a\",\"refresh_token\":\"r\"}");
        Files.setPosixFilePermissions(target, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        Files.createSymbolicLink(auth.store().file(), target);

        ExitException e = assertThrows(ExitException.class, () -> auth.context().auth.requireUserTokens().accessToken());

        assertEquals(ExitCode.NOT_AUTHENTICATED, e.exitCode());
        assertTrue(e.getMessage().contains("is a symbolic link"), e.getMessage());
        assertFalse(e.getMessage().contains("chmod"), "chmod follows the link and would change the target: " + e.getMessage());
        assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
        Files.delete(target);
        ExitException dangling = assertThrows(ExitException.class, () -> auth.context().auth.requireUserTokens().accessToken());
        assertTrue(dangling.getMessage().contains("is a symbolic link"), "a dangling link is no 'not logged in': " + dangling.getMessage());
    }

    @Test
    void aDirectoryInTheTokenFilesPlaceIsRefusedWithoutChmodAdvice() throws Exception {
        Files.createDirectory(auth.store().file());

        ExitException e = assertThrows(ExitException.class, () -> auth.context().auth.requireUserTokens().accessToken());

        assertEquals(ExitCode.NOT_AUTHENTICATED, e.exitCode());
        assertTrue(e.getMessage().contains("is a directory"), e.getMessage());
        assertFalse(e.getMessage().contains("chmod"), e.getMessage());
        assertTrue(Files.isDirectory(auth.store().file()), "left as it is");
    }

    @Test
    void aNumericAccessTokenIsADamagedFileNotAnExpiredToken() throws Exception {
        Files.writeString(auth.store().file(), "{\"access_token\":12345}", java.nio.charset.StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(auth.store().file(), java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));

        ExitException e = assertThrows(ExitException.class, () -> auth.context().auth.requireUserTokens().accessToken());

        assertEquals(ExitCode.NOT_AUTHENTICATED, e.exitCode());
        assertTrue(e.getMessage().contains("access_token is not a string"), e.getMessage());
        assertFalse(e.getMessage().contains("expired"), e.getMessage());
        assertEquals(0, auth.fake.refreshGrants.get());
    }

    @Test
    void invalidGrantAfterAnotherProcessRotatedTheTokenUsesTheirs() {
        auth.loggedInDueForRefresh();
        // Another process (not honouring our lock) rotates r0 just before our request arrives.
        auth.fake.onRefresh = rt -> {
            auth.fake.onRefresh = x -> {};
            auth.loggedIn("a-theirs", "r-theirs", auth.clock.instant().plus(Duration.ofHours(1)));
        };

        assertEquals("a-theirs", auth.context().auth.requireUserTokens().accessToken());

        assertEquals("r-theirs", auth.store().read().refreshToken());
        assertEquals(1, auth.fake.refreshGrants.get());
    }

    @Test
    void serverErrorsOnRefreshAreRetriedAndKeepTheOldTokensUntilOneSucceeds() throws Exception {
        auth.loggedInDueForRefresh();
        auth.fake.tokenOverrides.add(FakeAuthServer.json(503, "{\"error\":\"unavailable\"}"));
        auth.fake.tokenOverrides.add(FakeAuthServer.json(502, "{}"));

        assertEquals("access-1", auth.context().auth.requireUserTokens().accessToken());

        assertEquals(2, auth.context().sleeps.size(), "two backoff waits, on the injected sleeper");
        assertEquals(3, auth.fake.refreshGrants.get());
        assertEquals("refresh-1", auth.store().read().refreshToken());
    }

    @Test
    void refreshThatKeepsFailingLeavesTheTokenFileExactlyAsItWas() throws Exception {
        auth.loggedInDueForRefresh();
        byte[] before = Files.readAllBytes(auth.store().file());
        for (int i = 0; i < 4; i++) auth.fake.tokenOverrides.add(FakeAuthServer.json(503, "{}"));

        ExitException e = assertThrows(ExitException.class, () -> auth.context().auth.requireUserTokens().accessToken());

        assertEquals(ExitCode.FAILED, e.exitCode());
        assertTrue(e.getMessage().contains("unchanged"), e.getMessage());
        assertEquals(3, auth.context().sleeps.size(), "http.max_retries = 3");
        assertArrayEquals(before, Files.readAllBytes(auth.store().file()));
        assertFalse(e.getMessage().contains("r0") || e.getMessage().contains(FakeAuthServer.CLIENT_SECRET));
    }

    @Test
    void notLoggedInIsExit4NamingTheLoginCommand() {
        ExitException e = assertThrows(ExitException.class, () -> auth.context().auth.requireUserTokens());
        assertEquals(ExitCode.NOT_AUTHENTICATED, e.exitCode());
        assertTrue(e.getMessage().contains("run: minion-discover auth login"));
    }

    @Test
    void resolveTokensIsTheUserWhenLoggedInElseTheApp() {
        assertEquals("app-1", auth.context().auth.resolveTokens().accessToken());
        auth.loggedIn("a0", "r0", auth.clock.instant().plus(Duration.ofHours(1)));
        assertEquals("a0", auth.context().auth.resolveTokens().accessToken());
    }
}
