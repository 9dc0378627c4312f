package org.musicminion.discover.soundcloud;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * JSON → records, the one place: list items (tracks, users, playlists) as SoundCloud answers them.
 * Tolerant: a missing or null field is null, an item without an id (or of another kind) is skipped.
 * Public for readers of endpoints not yet in {@link SoundCloud} (the stream's items).
 */
public final class Items {
    private Items() {}

    /**
     * A track object, or an item that wraps one ({@code {"track":{...}}}, as some list endpoints
     * answer). Null when the item is not a track or carries no id.
     */
    public static Track track(JsonNode item) {
        if (item == null || !item.isObject()) return null;
        JsonNode t = item.has("track") && item.get("track").isObject() ? item.get("track") : item;
        String kind = t.path("kind").asText("");
        if (!kind.isEmpty() && !kind.equals("track")) return null;
        Long id = Urns.id(t, "tracks");
        if (id == null) return null;
        JsonNode user = t.path("user");
        Long userId = Urns.id(user, "users");
        return new Track(Urns.track(id), id, text(t, "title"), userId == null ? null : Urns.user(userId),
                text(user, "username"), text(t, "permalink_url"),
                t.hasNonNull("duration") ? t.get("duration").asLong() : null,
                text(t, "created_at"), text(t, "genre"));
    }

    /** A user object; null when it carries no id. */
    public static User user(JsonNode u) {
        Long id = Urns.id(u, "users");
        if (id == null) return null;
        return new User(Urns.user(id), id, text(u, "username"), text(u, "permalink_url"));
    }

    /** A playlist object; null when it carries neither a URN nor an id. */
    static Playlist playlist(JsonNode p) {
        if (p == null || !p.isObject()) return null;
        String urn = p.hasNonNull("urn") ? p.get("urn").asText()
                : p.hasNonNull("id") ? "soundcloud:playlists:" + p.get("id").asText() : null;
        if (urn == null) return null;
        return new Playlist(urn, text(p, "title"), p.path("track_count").asInt(0));
    }

    static String text(JsonNode n, String field) {
        return n != null && n.hasNonNull(field) ? n.get(field).asText() : null;
    }
}
