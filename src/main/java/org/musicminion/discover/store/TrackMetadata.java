package org.musicminion.discover.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A track's metadata as the {@code tracks} table keeps it: what SoundCloud says about the track besides its URN and
 * id. The one place a field of it meets SQL: {@link #COLUMNS} names its columns in component order, {@link #bind}
 * writes them and {@link #read} reads them, and every statement that writes or reads the metadata (the merge's
 * insert and update, ranking's facts, export's rows) is built from these. A new field from the API is a component,
 * a column name, one line in each of bind and read, and its migration ({@link Schema}).
 */
public record TrackMetadata(String title, String artistUrn, String artistName, String permalinkUrl, Long durationMs,
                            String createdAt, String genre) {

    /** The metadata columns of {@code tracks}, in component order. */
    static final List<String> COLUMNS = List.of("title", "artist_urn", "artist_name", "permalink_url", "duration_ms",
            "created_at", "genre");

    /** Metadata whose genre is not known (tests and benches build these). */
    public TrackMetadata(String title, String artistUrn, String artistName, String permalinkUrl, Long durationMs, String createdAt) {
        this(title, artistUrn, artistName, permalinkUrl, durationMs, createdAt, null);
    }

    /** {@link #COLUMNS} as a select list, each prefixed by {@code alias.}. */
    static String select(String alias) {
        return COLUMNS.stream().map(c -> alias + "." + c).collect(Collectors.joining(", "));
    }

    /** Binds the columns to parameters {@code first}, {@code first + 1}, ...; returns the next free parameter. */
    int bind(PreparedStatement ps, int first) throws SQLException {
        IndexStore.setText(ps, first, title);
        IndexStore.setText(ps, first + 1, artistUrn);
        IndexStore.setText(ps, first + 2, artistName);
        IndexStore.setText(ps, first + 3, permalinkUrl);
        if (durationMs == null) ps.setNull(first + 4, Types.INTEGER);
        else ps.setLong(first + 4, durationMs);
        IndexStore.setText(ps, first + 5, createdAt);
        IndexStore.setText(ps, first + 6, genre);
        return first + COLUMNS.size();
    }

    /** The metadata in the columns {@code first}, {@code first + 1}, ... of {@code rs}'s row (selected by {@link #select}). */
    static TrackMetadata read(ResultSet rs, int first) throws SQLException {
        return new TrackMetadata(rs.getString(first), rs.getString(first + 1), rs.getString(first + 2), rs.getString(first + 3),
                ArtistStats.longOrNull(rs, first + 4), rs.getString(first + 5), rs.getString(first + 6));
    }
}
