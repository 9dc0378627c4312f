package org.musicminion.discover.auth;

import java.time.Instant;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.musicminion.discover.Json;

/** What {@code auth login} prints: {@code {"user":{"id","urn","username"},"expires_at":"<ISO-8601>"}}. */
public record LoginResult(UserInfo user, Instant expiresAt) {
    public ObjectNode toJson() {
        ObjectNode o = Json.MAPPER.createObjectNode();
        if (user == null) o.putNull("user");
        else o.set("user", user.toJson());
        o.put("expires_at", TokenSet.iso(expiresAt));
        return o;
    }
}
