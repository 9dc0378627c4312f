package org.musicminion.discover.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.musicminion.discover.Judgment;
import org.musicminion.discover.SourceKind;

/**
 * Reads the whole index for {@code export tracks} and {@code export likes}: every track with its metadata, its
 * judgment (value, origin, time) and every source link (kind, artist, time, exact or observed), in URN order, one
 * row at a time. Two ordered scans merged, so memory stays one track's links.
 */
public final class TrackExport {
    private TrackExport() {}

    /** One link: {@code artistUrn} reposted / liked / uploaded the track at {@code at} (epoch millis). */
    public record Link(SourceKind kind, String artistUrn, long at, boolean exact) {}

    /** One track; times in epoch millis; {@code createdAt} (in its metadata) as SoundCloud gave it. */
    public record Row(String urn, long id, TrackMetadata metadata, long firstSeen, Judged judged, List<Link> links) {
    }

    /** The track's judgment: value, origin and time; each null when the track is unjudged. */
    public record Judged(Judgment value, String origin, Long at) {
    }

    /** Receives rows; returning false stops the read. */
    @FunctionalInterface
    public interface Sink {
        boolean accept(Row row) throws SQLException;
    }

    /** Every track of the index ({@code likedOnly}: those judged liked), in URN order. */
    public static void read(Connection c, boolean likedOnly, Sink sink) throws SQLException {
        String tracks = """
                SELECT t.urn, t.id, t.first_seen, j.value, j.origin, j.judged_at, %s
                FROM tracks t LEFT JOIN judgments j ON j.track_urn = t.urn""".formatted(TrackMetadata.select("t"))
                + (likedOnly ? " WHERE j.value = 'liked'" : "") + " ORDER BY t.urn";
        String links = "SELECT ts.track_urn, ts.kind, ts.artist_urn, ts.at, ts.exact FROM track_sources ts"
                + (likedOnly ? " JOIN judgments j ON j.track_urn = ts.track_urn AND j.value = 'liked'" : "")
                + " ORDER BY ts.track_urn, ts.at, ts.artist_urn, ts.kind";
        try (PreparedStatement pt = c.prepareStatement(tracks); PreparedStatement pl = c.prepareStatement(links);
             ResultSet rt = pt.executeQuery(); ResultSet rl = pl.executeQuery()) {
            boolean moreLinks = rl.next();
            while (rt.next()) {
                String urn = rt.getString(1);
                List<Link> ls = new ArrayList<>();
                while (moreLinks && rl.getString(1).compareTo(urn) < 0) moreLinks = rl.next(); // links of tracks not in the index
                while (moreLinks && rl.getString(1).equals(urn)) {
                    SourceKind kind = SourceKinds.of(rl.getString(2));
                    if (kind != null) ls.add(new Link(kind, rl.getString(3), rl.getLong(4), rl.getInt(5) == 1));
                    moreLinks = rl.next();
                }
                Row row = new Row(urn, rt.getLong(2), TrackMetadata.read(rt, 7), rt.getLong(3),
                        new Judged(Judgment.ofWord(rt.getString(4)), rt.getString(5), ArtistStats.longOrNull(rt, 6)), List.copyOf(ls));
                if (!sink.accept(row)) return;
            }
        }
    }
}
