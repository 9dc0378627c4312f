package org.musicminion.discover.auth;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.musicminion.discover.Json;

/**
 * The user's tokens as kept in {@code tokens.json}: {@code {"access_token","refresh_token",
 * "expires_at":"2026-11-25T10:00:00Z","scope","user":{...}}}. {@code user} may be null right
 * after the code exchange. Secrets: {@link #toString()} hides them.
 */
public record TokenSet(String accessToken, String refreshToken, Instant expiresAt, String scope, UserInfo user) {

    /** True when the access token expires within {@code margin} of {@code now} (or has no known expiry). */
    public boolean isDue(Instant now, Duration margin) {
        return expiresAt == null || !now.plus(margin).isBefore(expiresAt);
    }

    /** The set after a refresh: new access token, new refresh token (the old one when the answer carried none). */
    public TokenSet rotatedBy(TokenResponse r) {
        return new TokenSet(r.accessToken(), r.refreshToken() != null ? r.refreshToken() : refreshToken, r.expiresAt(),
                r.scope() != null ? r.scope() : scope, user);
    }

    public TokenSet withUser(UserInfo u) {
        return new TokenSet(accessToken, refreshToken, expiresAt, scope, u);
    }

    public static TokenSet from(TokenResponse r, UserInfo user) {
        return new TokenSet(r.accessToken(), r.refreshToken(), r.expiresAt(), r.scope(), user);
    }

    public ObjectNode toJson() {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("access_token", accessToken);
        o.put("refresh_token", refreshToken);
        o.put("expires_at", iso(expiresAt));
        o.put("scope", scope);
        if (user == null) o.putNull("user");
        else o.set("user", user.toJson());
        return o;
    }

    /** Parses the stored form; throws {@link IllegalArgumentException} naming what is wrong. */
    public static TokenSet fromJson(JsonNode n) {
        if (n == null || !n.isObject()) throw new IllegalArgumentException("it is not a JSON object");
        for (String field : new String[] {"access_token", "refresh_token", "scope"}) {
            JsonNode v = n.get(field);
            // a number where a token belongs is a damaged file, not an expired token
            if (v != null && !v.isNull() && !v.isTextual()) throw new IllegalArgumentException(field + " is not a string");
        }
        String access = text(n, "access_token");
        if (access == null) throw new IllegalArgumentException("it has no access_token");
        return new TokenSet(access, text(n, "refresh_token"), instant(n, "expires_at"), text(n, "scope"),
                UserInfo.fromJson(n.get("user")));
    }

    static String iso(Instant t) {
        return t == null ? null : t.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() || v.asText().isEmpty() ? null : v.asText();
    }

    static Instant instant(JsonNode n, String field) {
        String s = text(n, field);
        if (s == null) return null;
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + " is not an ISO-8601 instant");
        }
    }

    @Override
    public String toString() {
        return "TokenSet[expiresAt=" + expiresAt + ", scope=" + scope + ", user=" + user + "]";
    }
}
