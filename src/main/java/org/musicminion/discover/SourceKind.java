package org.musicminion.discover;

import java.util.Locale;

/**
 * How a track reached the index, one type from the stream's parser to the {@code track_sources} table: a
 * followed artist reposted, liked or uploaded it, or SoundCloud relates it to a track the listener liked. Declared in order of precedence: a track counts for its
 * reposters first, else its likers, else its uploaders, else the liked tracks it is related to ({@code ranking.TrackFacts#sources}). The text
 * stored for each lives in {@code store} alone; the word users type ({@code tracks --source}) is the
 * lower-case name.
 */
public enum SourceKind {
    REPOST(Via.ARTIST), LIKE(Via.ARTIST), UPLOAD(Via.ARTIST),
    /** A track SoundCloud relates to one the listener liked ({@code sync.related}); its "artist" is that liked track. */
    RELATED(Via.TRACK);

    /**
     * What a link's "artist" is: an account (counted while the listener follows it), or a track (the seed the link
     * came from, counted as long as the link is in the index).
     */
    public enum Via {
        ARTIST, TRACK
    }

    private final Via via;

    SourceKind(Via via) {
        this.via = via;
    }

    /** What this kind's links come from (the queries count {@link Via#ARTIST} links of followed artists only). */
    public Via via() {
        return via;
    }

    /** The word users type after {@code tracks --source} ({@code repost}, {@code like}, ...). */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
