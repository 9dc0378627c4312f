package org.musicminion.discover.auth;

import java.nio.file.Path;
import java.time.Clock;

import org.musicminion.discover.ExitException;
import org.musicminion.discover.Messages;
import org.musicminion.discover.config.Settings;
import org.musicminion.discover.files.LockFile;
import org.musicminion.discover.http.ApiClients;
import org.musicminion.discover.http.TokenSource;

/**
 * The auth pieces of one process: the token endpoint client, the user token store and source, the
 * app (client-credentials) token source. Thread-safe.
 */
public final class AuthServices {
    private final Settings.SoundCloud soundcloud;
    private final ApiClients clients;
    private final Clock clock;
    private TokenEndpoint endpoint;
    private final TokenStore store;
    private final UserTokens userTokens;
    private final AppTokens appTokens;

    /**
     * @param dataDir  where tokens.json and app-token.json live
     * @param clients  HTTP for the token endpoint (used only when a token must be fetched)
     */
    public AuthServices(Path dataDir, Settings.SoundCloud soundcloud, Settings.Auth auth, ApiClients clients, Clock clock,
                        Messages messages) {
        this.soundcloud = soundcloud;
        this.clients = clients.withInterceptor(TokenEndpoint.throttleInterceptor(clock));
        this.clock = clock;
        TokenOrigin origin = new TokenOrigin(soundcloud.apiUrl(), soundcloud.authUrl(), soundcloud.clientId());
        this.store = new TokenStore(dataDir, origin);
        this.userTokens = new UserTokens(store, this::endpoint, clock, auth.refreshMargin(), messages::verbose);
        this.appTokens = new AppTokens(new AppTokenStore(dataDir, origin, messages::warn), this::endpoint, clock, auth.refreshMargin());
    }

    /** The app and endpoints these services log in to. */
    public Settings.SoundCloud soundcloud() {
        return soundcloud;
    }

    /** The token endpoint client, built on first use (a valid cached token needs no HTTP client at all). */
    public synchronized TokenEndpoint endpoint() {
        if (endpoint == null) {
            String authUrl = soundcloud.authUrl();
            endpoint = new TokenEndpoint(clients.client(authUrl, null), authUrl, soundcloud::requireClientId,
                    soundcloud::requireClientSecret, clock);
        }
        return endpoint;
    }

    public TokenStore store() {
        return store;
    }

    /** The user's token source, without checking that anyone is logged in. */
    public UserTokens userTokens() {
        return userTokens;
    }

    /** The user's token source; exit 4 "run: minion-discover auth login" when there is no token file. */
    public UserTokens requireUserTokens() {
        if (!store.exists()) throw ExitException.notAuthenticated("not logged in (no " + store.file() + ")");
        return userTokens;
    }

    /** Deletes tokens.json under the token lock; false when there was none. */
    public boolean logout() {
        try (LockFile ignored = store.lock()) {
            boolean deleted = store.delete();
            userTokens.forget();
            return deleted;
        }
    }

    public AppTokens appTokens() {
        return appTokens;
    }

    /** The user's tokens when logged in (tokens.json exists), else the client-credentials token. */
    public TokenSource resolveTokens() {
        return store.exists() ? userTokens : appTokens;
    }
}
