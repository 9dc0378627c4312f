package org.musicminion.discover.sync;

import com.fasterxml.jackson.databind.JsonNode;

import org.musicminion.discover.store.ArtistInfo;
import org.musicminion.discover.store.TrackInfo;

/** Reads SoundCloud list items (tracks, users, playlists) into stored values. */
public final class Items {
    private Items() {}

    /**
     * A track object, or an item that wraps one ({@code {"track":{...}}}, as some list endpoints
     * answer). Null when the item is not a track or carries no id.
     */
    public static TrackInfo track(JsonNode item) {
        JsonNode t = item.has("track") && item.get("track").isObject() ? item.get("track") : item;
        String kind = t.path("kind").asText("");
        if (!kind.isEmpty() && !kind.equals("track")) return null;
        Long id = Urns.id(t, "tracks");
        if (id == null) return null;
        JsonNode user = t.path("user");
        Long userId = Urns.id(user, "users");
        return new TrackInfo(Urns.track(id), id, text(t, "title"), userId == null ? null : Urns.user(userId),
                text(user, "username"), text(t, "permalink_url"),
                t.hasNonNull("duration") ? t.get("duration").asLong() : null, text(t, "created_at"));
    }

    /** A user object; null when it carries no id. */
    public static ArtistInfo artist(JsonNode u) {
        Long id = Urns.id(u, "users");
        if (id == null) return null;
        return new ArtistInfo(Urns.user(id), id, text(u, "username"), text(u, "permalink_url"));
    }

    static String text(JsonNode n, String field) {
        return n != null && n.hasNonNull(field) ? n.get(field).asText() : null;
    }
}
