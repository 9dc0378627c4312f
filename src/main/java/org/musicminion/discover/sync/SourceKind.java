package org.musicminion.discover.sync;

/** The two lists sync reads per followed artist, with the value stored in {@code track_sources.kind}. */
public enum SourceKind {
    REPOST("repost", "reposts/tracks"),
    LIKE("like", "likes/tracks");

    private final String column;
    private final String path;

    SourceKind(String column, String path) {
        this.column = column;
        this.path = path;
    }

    /** The value in {@code track_sources.kind}. */
    public String column() {
        return column;
    }

    /** The list's path for one artist. */
    public String pathFor(String artistUrn) {
        return "/users/" + artistUrn + "/" + path;
    }
}
