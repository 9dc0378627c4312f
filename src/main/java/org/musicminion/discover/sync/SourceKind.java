package org.musicminion.discover.sync;

import org.musicminion.discover.soundcloud.SoundCloud;
import org.musicminion.discover.soundcloud.TrackPages;

/** The two lists sync reads per followed artist, with the value stored in {@code track_sources.kind}. */
public enum SourceKind {
    REPOST("repost"),
    LIKE("like");

    private final String column;

    SourceKind(String column) {
        this.column = column;
    }

    /** The value in {@code track_sources.kind}. */
    public String column() {
        return column;
    }

    /** The artist's list of this kind, page by page. */
    TrackPages of(SoundCloud soundcloud, String artistUrn) {
        return this == REPOST ? soundcloud.reposts(artistUrn) : soundcloud.likes(artistUrn);
    }
}
