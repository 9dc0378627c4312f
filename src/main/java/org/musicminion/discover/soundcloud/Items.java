package org.musicminion.discover.soundcloud;

import com.fasterxml.jackson.databind.JsonNode;

import org.musicminion.discover.JsonNumbers;

/**
 * JSON → records, the one place: list items (tracks, users, playlists) as SoundCloud answers them.
 * Tolerant: a missing or null field is null, and so is a number out of its field's range
 * ({@link JsonNumbers}); an item without an id (or of another kind) is skipped.
 * Public for readers of endpoints not yet in {@link SoundCloud} (the stream's items).
 */
public final class Items {
    /**
     * The longest duration read as one (2^31-1 ms, 24.8 days; SoundCloud's longest uploads are hours):
     * a duration out of 0..this, fractional or not a number is absent, never a wrapped number.
     */
    static final long MAX_DURATION_MS = Integer.MAX_VALUE;

    private Items() {}

    /**
     * A track object, or an item that wraps one ({@code {"track":{...}}}, as some list endpoints
     * answer). Null when the item is not a track or carries no id.
     */
    public static Track track(JsonNode item) {
        if (item == null || !item.isObject()) return null;
        JsonNode t = item.has("track") && item.get("track").isObject() ? item.get("track") : item;
        String kind = t.path("kind").asText("");
        if (!kind.isEmpty() && Urn.Kind.ofWord(kind) != Urn.Kind.TRACK) return null;
        Long id = Urn.id(t, Urn.Kind.TRACK);
        if (id == null) return null;
        JsonNode user = t.path("user");
        Long userId = Urn.id(user, Urn.Kind.USER);
        return new Track(Urn.track(id).toString(), id, text(t, "title"), userId == null ? null : Urn.user(userId).toString(),
                text(user, "username"), text(t, "permalink_url"),
                JsonNumbers.whole(t.get("duration"), 0, MAX_DURATION_MS),
                text(t, "created_at"), text(t, "genre"));
    }

    /** A user object; null when it carries no id. */
    public static User user(JsonNode u) {
        Long id = Urn.id(u, Urn.Kind.USER);
        if (id == null) return null;
        return new User(Urn.user(id).toString(), id, text(u, "username"), text(u, "permalink_url"));
    }

    /** A playlist object; null when it carries neither a URN nor an id. */
    static Playlist playlist(JsonNode p) {
        if (p == null || !p.isObject()) return null;
        String urn = Urn.playlistKey(p);
        if (urn == null) return null;
        Long count = JsonNumbers.whole(p.get("track_count"), 0, Integer.MAX_VALUE);
        return new Playlist(urn, text(p, "title"), count == null ? 0 : count.intValue());
    }

    static String text(JsonNode n, String field) {
        return n != null && n.hasNonNull(field) ? n.get(field).asText() : null;
    }
}
