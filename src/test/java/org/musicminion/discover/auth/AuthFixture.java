package org.musicminion.discover.auth;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.musicminion.discover.testing.FakeAuthServer;
import org.musicminion.discover.testing.FakeServer;
import org.musicminion.discover.testing.ManualClock;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockWebServer;

/**
 * The fixture of the auth tests, as a JUnit 5 extension: a {@link FakeAuthServer} on MockWebServer, a clock the test
 * moves (from 2026-11-25T10:00Z), a data dir of the test's own, and the processes ({@link AuthTestContext}) built on
 * them, each closed after the test. Register it on a field: {@code @RegisterExtension final AuthFixture auth = new
 * AuthFixture();}.
 */
final class AuthFixture implements BeforeEachCallback, AfterEachCallback {
    private final FakeServer<FakeAuthServer> served;
    final MockWebServer server;
    final FakeAuthServer fake;
    final ManualClock clock = new ManualClock(Instant.parse("2026-11-25T10:00:00Z"));
    /** This test's directory; the processes' data dir unless they are given another. */
    Path dataDir;

    private final List<AuthTestContext> processes = new ArrayList<>();
    private AuthTestContext context;

    /** The fake answers every request. */
    AuthFixture() {
        this(f -> f);
    }

    /** {@code routes} answer: a test's own behaviour in front of the fake. */
    AuthFixture(Function<FakeAuthServer, Dispatcher> routes) {
        served = new FakeServer<>(new FakeAuthServer(), routes);
        server = served.server;
        fake = served.fake;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        dataDir = served.start();
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        processes.forEach(AuthTestContext::close);
        served.stop(dataDir);
    }

    /** The test's process on {@link #dataDir} with the default config, made on first use. */
    AuthTestContext context() {
        if (context == null) context = process();
        return context;
    }

    /** The user's token file in {@link #dataDir}. */
    TokenStore store() {
        return new TokenStore(dataDir);
    }

    /** One process's auth on {@link #dataDir}, with these config values over the defaults. */
    AuthTestContext process(Map<String, Object> extra) {
        return process(dataDir, extra);
    }

    AuthTestContext process() {
        return process(Map.of());
    }

    /** One process's auth on {@code dir}. */
    AuthTestContext process(Path dir, Map<String, Object> extra) {
        return kept(new AuthTestContext(dir, server.url("/").toString(), clock, extra));
    }

    /** One process's auth on {@link #dataDir} that reads {@code stdin} (a pasted code). */
    AuthTestContext process(Map<String, Object> extra, InputStream stdin) {
        return kept(new AuthTestContext(dataDir, server.url("/").toString(), clock, extra, stdin));
    }

    private AuthTestContext kept(AuthTestContext t) {
        processes.add(t);
        return t;
    }

    /**
     * The user "minion" (123) logged in on {@code dir} with these tokens, which the fake server accepts: the access
     * token as valid, the refresh token as the current one.
     */
    void loggedIn(Path dir, String access, String refresh, Instant expiresAt) {
        fake.validAccess.add(access);
        fake.currentRefresh = refresh;
        new TokenStore(dir).save(new TokenSet(access, refresh, expiresAt, "non-expiring", new UserInfo(123, "soundcloud:users:123", "minion")));
    }

    /** The user logged in on {@link #dataDir} with access token a0, expired ten seconds ago, and refresh token r0. */
    void loggedInDueForRefresh() {
        loggedIn("a0", "r0", clock.instant().minusSeconds(10));
    }

    /** The user logged in on {@link #dataDir}. */
    void loggedIn(String access, String refresh, Instant expiresAt) {
        loggedIn(dataDir, access, refresh, expiresAt);
    }
}
