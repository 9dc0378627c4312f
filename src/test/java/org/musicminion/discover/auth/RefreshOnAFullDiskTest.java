package org.musicminion.discover.auth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.musicminion.discover.ExitCode;
import org.musicminion.discover.ExitException;
import org.musicminion.discover.testing.SmallDisk;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * A refresh on a full disk never loses the grant: SoundCloud rotates the refresh token with every
 * refresh, so the answer must be saved. The data dir is a real 1 MiB tmpfs filled to the last byte.
 */
class RefreshOnAFullDiskTest {
    @RegisterExtension
    final AuthFixture auth = new AuthFixture(fake -> new Dispatcher() {
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
    private SmallDisk disk;
    private AuthTestContext t;
    private volatile boolean fillOnGrant;

    @BeforeEach
    void start() throws Exception {
        disk = SmallDisk.mount(auth.dataDir.resolve("data"), 1024);
        t = auth.process(disk.dir(), Map.of());
        auth.loggedIn(disk.dir(), "a0", "r0", auth.clock.instant().minusSeconds(10));
    }

    @AfterEach
    void stop() throws Exception {
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
        assertEquals(0, auth.fake.refreshGrants.get(), "no grant sent: the refresh token on disk is still the live one");
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void aDiskThatFillsWhileTheGrantIsInFlightStillGetsTheRotatedTokensSaved() throws Exception {
        fillOnGrant = true;

        String access = t.auth.requireUserTokens().accessToken();

        assertEquals(1, auth.fake.refreshGrants.get());
        TokenSet saved = new TokenStore(disk.dir()).read();
        assertEquals(access, saved.accessToken());
        assertEquals(auth.fake.currentRefresh, saved.refreshToken(), "the rotated refresh token is on disk: the grant is not lost");
    }
}
