package org.musicminion.discover.auth;

import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.musicminion.discover.Json;

/** A client-credentials token as cached in {@code app-token.json}: {@code {"access_token","expires_at"}}. */
public record AppToken(String accessToken, Instant expiresAt) {

    /** Usable when it does not expire within {@code margin} of {@code now}. */
    public boolean usable(Instant now, Duration margin) {
        return expiresAt != null && now.plus(margin).isBefore(expiresAt);
    }

    public ObjectNode toJson() {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("access_token", accessToken);
        o.put("expires_at", TokenSet.iso(expiresAt));
        return o;
    }

    public static AppToken fromJson(JsonNode n) {
        if (n == null || !n.isObject()) throw new IllegalArgumentException("it is not a JSON object");
        String access = TokenSet.text(n, "access_token");
        if (access == null) throw new IllegalArgumentException("it has no access_token");
        return new AppToken(access, TokenSet.instant(n, "expires_at"));
    }

    @Override
    public String toString() {
        return "AppToken[expiresAt=" + expiresAt + "]";
    }
}
