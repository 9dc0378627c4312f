package org.musicminion.discover.export;

import static org.musicminion.discover.export.Column.Type.INT64;
import static org.musicminion.discover.export.Column.Type.LINKS;
import static org.musicminion.discover.export.Column.Type.STRING;
import static org.musicminion.discover.export.Column.Type.STRING_LIST;
import static org.musicminion.discover.export.Column.Type.TIMESTAMP;

import java.util.List;

import org.musicminion.discover.SourceKind;
import org.musicminion.discover.store.TrackExport;
import org.musicminion.discover.store.TrackExport.Row;

/**
 * The tables {@code export} writes, their columns in order. {@link #LIKES} begins with the columns Music Minion's
 * {@code preseed_soundcloud_likes.py} reads from a likes file ({@code track_id} integer, {@code track_slug}
 * {@code artist/track}, {@code title}, {@code artist_name}, {@code genre}); {@link #TRACKS} is the whole index for
 * analysis, every source link with its time.
 */
public final class Tables {
    private Tables() {}

    public static final List<Column<Row>> LIKES = List.of(
            Column.of("track_id", INT64, Row::id),
            Column.of("track_slug", STRING, Tables::slug),
            Column.of("title", STRING, r -> r.metadata().title()),
            Column.of("artist_name", STRING, r -> r.metadata().artistName()),
            Column.of("genre", STRING, r -> r.metadata().genre()),
            Column.of("urn", STRING, Row::urn),
            Column.of("liked_at", TIMESTAMP, r -> r.judged().at()),
            Column.of("origin", STRING, r -> r.judged().origin()));

    public static final List<Column<Row>> TRACKS = List.of(
            Column.of("slug", STRING, Tables::slug),
            Column.of("track_id", INT64, Row::id),
            Column.of("urn", STRING, Row::urn),
            Column.of("title", STRING, r -> r.metadata().title()),
            Column.of("uploader", STRING, r -> r.metadata().artistName()),
            Column.of("uploader_urn", STRING, r -> r.metadata().artistUrn()),
            Column.of("genre", STRING, r -> r.metadata().genre()),
            Column.of("duration_ms", INT64, r -> r.metadata().durationMs()),
            Column.of("created_at", STRING, r -> r.metadata().createdAt()),
            Column.of("first_seen", TIMESTAMP, Row::firstSeen),
            Column.of("repost_count", INT64, r -> (long) by(r, SourceKind.REPOST).size()),
            Column.of("like_count", INT64, r -> (long) by(r, SourceKind.LIKE).size()),
            Column.of("reposted_by", STRING_LIST, r -> by(r, SourceKind.REPOST)),
            Column.of("liked_by", STRING_LIST, r -> by(r, SourceKind.LIKE)),
            Column.of("uploaded_by", STRING_LIST, r -> by(r, SourceKind.UPLOAD)),
            Column.of("judgment", STRING, r -> r.judged().value() == null ? null : r.judged().value().word()),
            Column.of("judgment_origin", STRING, r -> r.judged().origin()),
            Column.of("judged_at", TIMESTAMP, r -> r.judged().at()),
            Column.of("sources", LINKS, Row::links));

    /** The artists who linked the track that way, in link-time order. */
    static List<String> by(Row r, SourceKind kind) {
        return r.links().stream().filter(l -> l.kind() == kind).map(TrackExport.Link::artistUrn).distinct().toList();
    }

    /** {@code artist/track} from the permalink URL (its path); null when there is none. */
    static String slug(Row r) {
        String url = r.metadata().permalinkUrl();
        if (url == null || url.isBlank()) return null;
        String path = url.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*", "").replaceAll("[?#].*$", "");
        path = path.replaceAll("^/+", "").replaceAll("/+$", "");
        return path.isEmpty() ? null : path;
    }
}
