package org.musicminion.discover.auth;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;

import org.musicminion.discover.ExitException;

import okhttp3.HttpUrl;

/**
 * One login attempt: the PKCE pair, the random {@code state} and where the browser is sent back.
 * Builds the authorize URL and checks the state the callback brings back.
 */
public record AuthorizationRequest(String clientId, String redirectUri, Pkce pkce, String state) {

    public static AuthorizationRequest create(String clientId, String redirectUri, SecureRandom random) {
        byte[] s = new byte[24];
        random.nextBytes(s);
        return new AuthorizationRequest(clientId, redirectUri, Pkce.generate(random), Pkce.base64Url(s));
    }

    /** {@code GET {auth_url}/authorize?client_id&redirect_uri&response_type=code&code_challenge&code_challenge_method=S256&state}. */
    public URI authorizeUri(String authUrl) {
        HttpUrl base = HttpUrl.parse(authUrl);
        if (base == null) throw ExitException.config("soundcloud.auth_url is not an http(s) URL: " + authUrl);
        return base.newBuilder()
                .addPathSegments("authorize")
                .addQueryParameter("client_id", clientId)
                .addQueryParameter("redirect_uri", redirectUri)
                .addQueryParameter("response_type", "code")
                .addQueryParameter("code_challenge", pkce.challenge())
                .addQueryParameter("code_challenge_method", Pkce.METHOD)
                .addQueryParameter("state", state)
                .build().uri();
    }

    /** True when {@code received} is this request's state (compared in constant time). */
    public boolean stateMatches(String received) {
        if (received == null) return false;
        return MessageDigest.isEqual(state.getBytes(StandardCharsets.UTF_8), received.getBytes(StandardCharsets.UTF_8));
    }

    /** Throws exit 1 unless the callback's state is ours: a mismatch means the redirect belongs to another login. */
    public void checkState(String received) {
        if (!stateMatches(received)) {
            throw ExitException.failed("the callback's state does not match this login (" + (received == null ? "no state" : "a different state")
                    + "); it may come from an older or forged login attempt. Nothing was saved; run: minion-discover auth login");
        }
    }

    @Override
    public String toString() {
        return "AuthorizationRequest[clientId=" + clientId + ", redirectUri=" + redirectUri + "]";
    }
}
