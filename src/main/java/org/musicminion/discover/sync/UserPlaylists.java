package org.musicminion.discover.sync;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.musicminion.discover.http.ApiClient;
import org.musicminion.discover.http.Pages;

/** The user's own playlists ({@code /me/playlists}), read once per run, found by title. */
public final class UserPlaylists {

    /** One playlist of the user. */
    public record Playlist(String urn, String title, int trackCount) {
    }

    private final List<Playlist> playlists;

    public UserPlaylists(List<Playlist> playlists) {
        this.playlists = List.copyOf(playlists);
    }

    /** Reads every page of {@code /me/playlists}. */
    public static UserPlaylists fetch(ApiClient api, int pageSize) {
        List<Playlist> all = new ArrayList<>();
        for (JsonNode p : Pages.of(api, "/me/playlists?show_tracks=false", pageSize).all()) {
            String urn = p.hasNonNull("urn") ? p.get("urn").asText()
                    : p.hasNonNull("id") ? "soundcloud:playlists:" + p.get("id").asText() : null;
            if (urn == null) continue;
            all.add(new Playlist(urn, Items.text(p, "title"), p.path("track_count").asInt(0)));
        }
        return new UserPlaylists(all);
    }

    public List<Playlist> all() {
        return playlists;
    }

    /** The first playlist titled exactly {@code title}, else one titled so ignoring case; null when none. */
    public Playlist byTitle(String title) {
        if (title == null || title.isBlank()) return null;
        for (Playlist p : playlists) if (title.equals(p.title())) return p;
        for (Playlist p : playlists) if (title.equalsIgnoreCase(p.title())) return p;
        return null;
    }
}
