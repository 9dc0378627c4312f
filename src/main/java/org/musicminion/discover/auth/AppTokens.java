package org.musicminion.discover.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;

import org.musicminion.discover.files.LockFile;
import org.musicminion.discover.http.TokenSource;

/**
 * The client-credentials {@link TokenSource} for calls that need no user. The token is cached in
 * memory and in {@code app-token.json}, shared by every process under a file lock and reused until
 * it expires: SoundCloud issues at most 50 per 12 h per app, so only one process ever asks.
 * Thread-safe.
 */
public final class AppTokens implements TokenSource {
    private final AppTokenStore store;
    private final Supplier<TokenEndpoint> endpoint;
    private final Clock clock;
    private final Duration margin;
    private AppToken cached;

    public AppTokens(AppTokenStore store, Supplier<TokenEndpoint> endpoint, Clock clock, Duration margin) {
        this.store = store;
        this.endpoint = endpoint;
        this.clock = clock;
        this.margin = margin;
    }

    public synchronized AppToken current() {
        if (cached == null || !cached.usable(clock.instant(), margin)) cached = obtain(null);
        return cached;
    }

    @Override
    public String accessToken() {
        return current().accessToken();
    }

    @Override
    public synchronized void preload() {
        if (cached != null) return;
        try {
            AppToken disk = store.read();
            if (disk != null && disk.usable(clock.instant(), margin)) cached = disk;
        } catch (RuntimeException e) {
            // accessToken() reports it (or makes a new grant) when a request needs the token
        }
    }

    @Override
    public synchronized String refreshAfterRejection(String rejected) {
        cached = obtain(rejected);
        return cached.accessToken();
    }

    /** Under the lock: the cached file's token when usable (and not the rejected one), else one new grant. */
    private AppToken obtain(String rejected) {
        try (LockFile ignored = store.lock()) {
            AppToken disk = store.read();
            if (disk != null && disk.usable(clock.instant(), margin) && !disk.accessToken().equals(rejected)) return disk;
            TokenResponse r = endpoint.get().clientCredentials();
            AppToken fresh = new AppToken(r.accessToken(), r.expiresAt());
            store.save(fresh);
            return fresh;
        }
    }
}
