package org.musicminion.discover.auth;

import java.time.Duration;

import org.musicminion.discover.AppContext;
import org.musicminion.discover.ExitException;
import org.musicminion.discover.config.Settings;
import org.musicminion.discover.http.ApiClient;
import org.musicminion.discover.http.TokenSource;

import okhttp3.OkHttpClient;

/**
 * The auth pieces of one process, built from its {@link AppContext}: the token endpoint client,
 * the user token store and source, the app (client-credentials) token source. Thread-safe.
 */
public final class AuthServices {
    private final AppContext ctx;
    private TokenEndpoint endpoint;
    private final TokenStore store;
    private final UserTokens userTokens;
    private final AppTokens appTokens;

    public AuthServices(AppContext ctx) {
        this.ctx = ctx;
        Duration margin = ctx.settings().auth().refreshMargin();
        this.store = new TokenStore(ctx.dataDir());
        this.userTokens = new UserTokens(store, this::endpoint, ctx.clock(), margin, ctx.output()::verbose);
        this.appTokens = new AppTokens(new AppTokenStore(ctx.dataDir(), ctx.output()::warn), this::endpoint, ctx.clock(), margin);
    }

    /** The token endpoint client, built on first use (a valid cached token needs no HTTP client at all). */
    public synchronized TokenEndpoint endpoint() {
        if (endpoint == null) {
            Settings.SoundCloud c = ctx.settings().soundcloud();
            String authUrl = c.authUrl();
            OkHttpClient http = ctx.http().newBuilder().addInterceptor(TokenEndpoint.throttleInterceptor(ctx.clock())).build();
            ApiClient client = new ApiClient(http, authUrl, ctx.retryPolicy(), ctx.clock(), ctx.sleeper(), ctx.httpTimeout(), null,
                    ctx.requestLog());
            endpoint = new TokenEndpoint(client, authUrl, c::requireClientId, c::requireClientSecret, ctx.clock());
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
        try (CrossProcessLock.Held ignored = store.lock()) {
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
