package org.musicminion.discover.store;

import org.musicminion.discover.SourceKind;

/**
 * The values of {@code track_sources.kind}: the one place a {@link SourceKind} becomes text and back
 * ({@code ArchitectureTest} fails on these words anywhere else).
 */
final class SourceKinds {
    private SourceKinds() {}

    /** The stored text of {@code kind}. */
    static String text(SourceKind kind) {
        return switch (kind) {
            case REPOST -> "repost";
            case LIKE -> "like";
            case UPLOAD -> "upload";
            case RELATED -> "related";
        };
    }

    /** The kind stored as {@code text}; null for null or a word this version does not know. */
    static SourceKind of(String text) {
        for (SourceKind k : SourceKind.values()) if (text(k).equals(text)) return k;
        return null;
    }

    /**
     * The kinds whose links come from a track, not an account ({@link SourceKind.Via#TRACK}), as an SQL list for
     * {@code kind IN (...)}: the queries that count followed artists' links take these whoever "follows" them.
     */
    static String viaTrack() {
        return java.util.Arrays.stream(SourceKind.values()).filter(k -> k.via() == SourceKind.Via.TRACK).map(SourceKinds::sql)
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** {@code kind}'s text as an SQL string literal, for fixed filters inside a query. */
    static String sql(SourceKind kind) {
        return "'" + text(kind) + "'";
    }
}
