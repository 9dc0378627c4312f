package org.musicminion.discover.soundcloud;

import java.util.List;

/** The listener's own playlists ({@code /me/playlists}), read once per run, found by title. Immutable. */
public record Playlists(List<Playlist> all) {
    public Playlists {
        all = List.copyOf(all);
    }

    /** The first playlist titled exactly {@code title}, else one titled so ignoring case; null when none. */
    public Playlist byTitle(String title) {
        if (title == null || title.isBlank()) return null;
        for (Playlist p : all) if (title.equals(p.title())) return p;
        for (Playlist p : all) if (title.equalsIgnoreCase(p.title())) return p;
        return null;
    }
}
