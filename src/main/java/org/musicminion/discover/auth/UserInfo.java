package org.musicminion.discover.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.musicminion.discover.Json;
import org.musicminion.discover.JsonNumbers;
import org.musicminion.discover.soundcloud.Urn;

/** The logged-in SoundCloud user as stored in tokens.json and printed by {@code auth login/status}. */
public record UserInfo(long id, String urn, String username) {

    /** From a {@code GET /me} answer (or the stored "user" object); null when it has no id (or one out of range). */
    public static UserInfo fromJson(JsonNode n) {
        if (n == null || !n.isObject()) return null;
        Long id = JsonNumbers.whole(n.get("id"), 0, Long.MAX_VALUE);
        if (id == null) return null;
        String urn = n.hasNonNull("urn") ? n.get("urn").asText() : Urn.user(id).toString();
        String username = n.hasNonNull("username") ? n.get("username").asText() : null;
        return new UserInfo(id, urn, username);
    }

    public ObjectNode toJson() {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("id", id);
        o.put("urn", urn);
        o.put("username", username);
        return o;
    }
}
