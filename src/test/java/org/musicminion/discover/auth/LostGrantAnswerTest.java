package org.musicminion.discover.auth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.musicminion.discover.ExitCode;
import org.musicminion.discover.ExitException;

import mockwebserver3.SocketEffect;

/**
 * A grant is not an ordinary request: when the server rotated the single-use refresh token and its
 * answer was lost, the grant is repeated at most once, at once, and the failure says the answer was
 * lost (never that the grant was revoked).
 */
class LostGrantAnswerTest {
    @RegisterExtension
    final AuthFixture auth = new AuthFixture();
    private AuthTestContext t;

    @BeforeEach
    void start() throws Exception {
        t = auth.process(Map.of("http.timeout_seconds", 1L));
        auth.loggedInDueForRefresh();
    }

    private List<Path> aside() throws Exception {
        try (Stream<Path> files = Files.list(auth.dataDir)) {
            return files.filter(p -> p.getFileName().toString().startsWith("tokens.json.revoked-")).toList();
        }
    }

    @Test
    void aRotatedRefreshWhoseAnswerTimedOutIsRepeatedOnceAndSaidToBeLost() throws Exception {
        byte[] before = Files.readAllBytes(auth.store().file());
        auth.fake.refreshAnswerFaults.add(b -> b.headersDelay(3, TimeUnit.SECONDS)); // rotated, answer held past the 1 s timeout

        ExitException e = assertThrows(ExitException.class, () -> t.auth.requireUserTokens().accessToken());

        assertEquals(2, auth.fake.refreshGrants.get(), "the grant and at most one repeat");
        assertTrue(t.sleeps.isEmpty(), "the repeat is at once, no backoff");
        assertEquals(ExitCode.NOT_AUTHENTICATED, e.exitCode());
        assertTrue(e.getMessage().contains("answer to the refresh_token grant was lost"), e.getMessage());
        assertEquals(1, aside().size(), "the old file is kept aside");
        assertFalse(e.getMessage().replace(aside().get(0).getFileName().toString(), "").contains("revoked"), "never claims a revocation");
        assertTrue(e.getMessage().contains("run: minion-discover auth login"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(aside().get(0)));
        assertFalse(e.getMessage().contains("r0") || e.getMessage().contains("refresh-1"), "no token in the message");
    }

    @Test
    void aRotatedRefreshWhoseConnectionBrokeIsRepeatedOnceAndSaidToBeLost() throws Exception {
        auth.fake.refreshAnswerFaults.add(b -> b.onResponseStart(SocketEffect.ShutdownConnection.INSTANCE));

        ExitException e = assertThrows(ExitException.class, () -> t.auth.requireUserTokens().accessToken());

        assertEquals(2, auth.fake.refreshGrants.get());
        assertTrue(t.sleeps.isEmpty());
        assertTrue(e.getMessage().contains("was lost"), e.getMessage());
        assertFalse(e.getMessage().replace(aside().get(0).getFileName().toString(), "").contains("revoked"), e.getMessage());
    }

    @Test
    void aServerThatStillAnswersTheSpentTokenIsUsedOnTheRepeat() throws Exception {
        auth.fake.refreshAnswerFaults.add(b -> b.onResponseStart(SocketEffect.ShutdownConnection.INSTANCE));
        auth.fake.onRefresh = rt -> auth.fake.currentRefresh = "r0".equals(rt) ? "r0" : auth.fake.currentRefresh; // a reuse grace period

        assertEquals("access-2", t.auth.requireUserTokens().accessToken());

        assertEquals(2, auth.fake.refreshGrants.get());
        assertEquals("refresh-2", auth.store().read().refreshToken());
    }

    @Test
    void twoLostAnswersEndWithExit1TheFileUnchangedAndSayWhatHappened() throws Exception {
        byte[] before = Files.readAllBytes(auth.store().file());
        auth.fake.refreshAnswerFaults.add(b -> b.onResponseStart(SocketEffect.ShutdownConnection.INSTANCE));
        auth.fake.onRefresh = rt -> auth.fake.currentRefresh = "r0"; // the server accepts r0 again, then loses that answer too
        auth.fake.refreshAnswerFaults.add(b -> b.onResponseStart(SocketEffect.ShutdownConnection.INSTANCE));

        ExitException e = assertThrows(ExitException.class, () -> t.auth.requireUserTokens().accessToken());

        assertEquals(2, auth.fake.refreshGrants.get());
        assertEquals(ExitCode.FAILED, e.exitCode());
        assertTrue(e.getMessage().contains("lost twice") && e.getMessage().contains("may be spent"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(auth.store().file()));
    }

    @Test
    void aRefusedConnectionIsStillRetriedWithBackoff() throws Exception {
        int port = auth.server.getPort();
        auth.server.close(); // nothing listens: every attempt fails before the request is sent
        AuthTestContext closed = new AuthTestContext(auth.dataDir, "http://127.0.0.1:" + port + "/", auth.clock, Map.of("http.timeout_seconds", 1L));
        try {
            ExitException e = assertThrows(ExitException.class, () -> closed.auth.requireUserTokens().accessToken());
            assertEquals(ExitCode.FAILED, e.exitCode());
            assertEquals(3, closed.sleeps.size(), "http.max_retries = 3, as for any request that never left");
            assertTrue(e.getMessage().contains("connection") && e.getMessage().contains("unchanged"), e.getMessage());
        } finally {
            closed.close();
        }
    }
}
