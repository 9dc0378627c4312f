package org.musicminion.discover.auth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicminion.discover.ExitCode;
import org.musicminion.discover.ExitException;
import org.musicminion.discover.testing.FakeAuthServer;
import org.musicminion.discover.testing.ManualClock;
import org.musicminion.discover.testing.SmallDisk;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A refresh on a full disk never loses the grant: SoundCloud rotates the refresh token with every
 * refresh, so the answer must be saved. The data dir is a real 1 MiB tmpfs filled to the last byte.
 */
class RefreshOnAFullDiskTest {
    @TempDir
    Path tmp;

    private final MockWebServer server = new MockWebServer();
    private final FakeAuthServer fake = new FakeAuthServer();
    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-25T10:00:00Z"));
    private SmallDisk disk;
    private AuthTestContext t;
    private volatile boolean fillOnGrant;

    @BeforeEach
    void start() throws Exception {
        disk = SmallDisk.mount(tmp.resolve("data"), 1024);
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                if (fillOnGrant && request.getUrl().encodedPath().endsWith("/oauth/token")) {
                    try {
                        disk.fill(); // the disk fills while the grant is in flight
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
                return fake.dispatch(request);
            }
        });
        server.start();
        t = new AuthTestContext(disk.dir(), server.url("/").toString(), clock, Map.of());
        fake.validAccess.add("a0");
        fake.currentRefresh = "r0";
        new TokenStore(disk.dir()).save(new TokenSet("a0", "r0", clock.instant().minusSeconds(10), null,
                new UserInfo(123, "soundcloud:users:123", "minion")));
    }

    @AfterEach
    void stop() throws Exception {
        if (t != null) t.close();
        server.close();
        if (disk != null) disk.close();
    }

    @Test
    void aDiskAlreadyFullStopsTheRefreshBeforeTheGrantIsSentAndSaysSo() throws Exception {
        Path file = disk.dir().resolve(TokenStore.FILE);
        byte[] before = Files.readAllBytes(file);
        disk.fill();

        ExitException e = assertThrows(ExitException.class, () -> t.auth.requireUserTokens().accessToken());

        assertEquals(ExitCode.FAILED, e.exitCode());
        assertTrue(e.getMessage().contains("disk looks full") && e.getMessage().contains("no refresh was asked for"), e.getMessage());
        assertEquals(0, fake.refreshGrants.get(), "no grant sent: the refresh token on disk is still the live one");
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void aDiskThatFillsWhileTheGrantIsInFlightStillGetsTheRotatedTokensSaved() throws Exception {
        fillOnGrant = true;

        String access = t.auth.requireUserTokens().accessToken();

        assertEquals(1, fake.refreshGrants.get());
        TokenSet saved = new TokenStore(disk.dir()).read();
        assertEquals(access, saved.accessToken());
        assertEquals(fake.currentRefresh, saved.refreshToken(), "the rotated refresh token is on disk: the grant is not lost");
    }
}
