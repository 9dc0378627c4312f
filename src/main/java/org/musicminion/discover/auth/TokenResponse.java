package org.musicminion.discover.auth;

import java.time.Instant;

/** A successful token endpoint answer; {@code expiresAt} is computed from {@code expires_in} on our clock. */
public record TokenResponse(String accessToken, String refreshToken, Instant expiresAt, String scope) {
    @Override
    public String toString() {
        return "TokenResponse[expiresAt=" + expiresAt + ", scope=" + scope + "]";
    }
}
