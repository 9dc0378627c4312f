package org.musicminion.discover.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.musicminion.discover.SourceKind;

/**
 * The index tables (artists, tracks, track_sources): what sync reads before fetching (sources already
 * known per artist and list) and the one batched merge it writes at the end. Every method takes the
 * caller's connection, so a merge runs inside the caller's transaction ({@link Database#write}).
 */
public final class IndexStore {
    static final int BATCH = 5_000;
    private static final int MERGE_CACHE_KIB = 128 * 1024;

    private IndexStore() {}

    /** One artist's list of {@code kind} as fetched this run. */
    public record ListItems(String artistUrn, SourceKind kind, List<TrackInfo> tracks) {
    }

    /**
     * One link the stream showed: {@code artistUrn} reposted or uploaded ({@code kind}) {@code track} at
     * {@code at} (epoch millis, exact).
     */
    public record FeedLink(TrackInfo track, String artistUrn, SourceKind kind, long at) {
    }

    /**
     * Everything one sync fetched for the index: the complete followings (others are marked
     * unfollowed), the artists whose lists were fetched (swept), the fetched lists, and the links the
     * stream showed (exact times).
     */
    public record MergeInput(List<ArtistInfo> followed, Collection<String> checkedArtists, List<ListItems> lists,
                             List<FeedLink> feedLinks) {
        public MergeInput(List<ArtistInfo> followed, Collection<String> checkedArtists, List<ListItems> lists) {
            this(followed, checkedArtists, lists, List.of());
        }
    }

    /**
     * What a merge changed: tracks first stored, tracks whose metadata changed, new links by kind (from lists
     * and exact ones together: {@code added}; the exact ones alone: {@code addedExact}), and the artists whose
     * lists brought something new (exact links do not count: they drive no check interval).
     */
    public record MergeCounts(int tracksNew, int tracksUpdated, Map<SourceKind, Integer> added, Map<SourceKind, Integer> addedExact,
                              Set<String> artistsWithNew) {
        public MergeCounts {
            added = Map.copyOf(added);
            addedExact = Map.copyOf(addedExact);
            artistsWithNew = Set.copyOf(artistsWithNew);
        }

        /** New links of {@code kind}, from lists and exact ones. */
        public int added(SourceKind kind) {
            return added.getOrDefault(kind, 0);
        }

        /** New exact links of {@code kind} (the stream's). */
        public int addedExact(SourceKind kind) {
            return addedExact.getOrDefault(kind, 0);
        }
    }

    /** The track URNs already recorded for {@code artistUrn}'s list of {@code kind}. */
    public static Set<String> knownSources(Connection c, String artistUrn, SourceKind kind) throws SQLException {
        Set<String> known = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT track_urn FROM track_sources WHERE artist_urn = ? AND kind = ?")) {
            ps.setString(1, artistUrn);
            ps.setString(2, SourceKinds.text(kind));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) known.add(rs.getString(1));
            }
        }
        return known;
    }

    /** Writes {@code in} with batched statements; call inside one write transaction. */
    public static MergeCounts merge(Connection c, MergeInput in, long now) throws SQLException {
        try (java.sql.Statement s = c.createStatement()) {
            s.execute("PRAGMA cache_size = -" + MERGE_CACHE_KIB); // the indexes of a big merge stay in memory (native, not heap)
        }
        mergeArtists(c, in.followed(), now);
        Map<String, TrackInfo> surfaced = new LinkedHashMap<>();
        for (FeedLink l : in.feedLinks()) surfaced.put(l.track().urn(), l.track());
        for (ListItems l : in.lists()) for (TrackInfo t : l.tracks()) surfaced.put(t.urn(), t);
        int[] surfacedCounts = upsertTracks(c, surfaced.values(), now);
        // the stream first: its links carry exact times, and a link the sweep also sees keeps the exact one
        Map<SourceKind, Integer> exact = mergeFeedLinks(c, in.feedLinks(), now);
        Map<SourceKind, Integer> added = new EnumMap<>(exact);
        Set<String> artistsWithNew = new HashSet<>();
        // one statement per list: SQLite walks the JSON array of URNs itself (400 000 rows in a few seconds,
        // against ~15 µs a row through JDBC batches); the URNs sorted so inserts land next to each other.
        // A swept link's time is when it was first observed (this run).
        try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO track_sources(track_urn, artist_urn, kind, first_seen,"
                + " at, exact) SELECT value, ?, ?, ?3, ?3, 0 FROM json_each(?4)")) {
            for (ListItems l : in.lists()) {
                if (l.tracks().isEmpty()) continue;
                String[] urns = l.tracks().stream().map(TrackInfo::urn).distinct().sorted().toArray(String[]::new);
                ps.setString(1, l.artistUrn());
                ps.setString(2, SourceKinds.text(l.kind()));
                ps.setLong(3, now);
                ps.setString(4, jsonArray(urns));
                int n = ps.executeUpdate();
                if (n <= 0) continue;
                artistsWithNew.add(l.artistUrn());
                added.merge(l.kind(), n, Integer::sum);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE artists SET last_checked_at = ?,"
                + " last_new_at = CASE WHEN ? THEN ? ELSE last_new_at END WHERE urn = ?")) {
            for (String urn : in.checkedArtists()) {
                ps.setLong(1, now);
                ps.setBoolean(2, artistsWithNew.contains(urn));
                ps.setLong(3, now);
                ps.setString(4, urn);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return new MergeCounts(surfacedCounts[0], surfacedCounts[1], added, exact, artistsWithNew);
    }

    /**
     * Writes the stream's links with their exact times: a new link is inserted exact; a link a sweep
     * observed earlier takes the exact time; an exact link stays as it is. Then each linked track's
     * first_seen becomes its earliest link time. Returns the new links by kind.
     */
    private static Map<SourceKind, Integer> mergeFeedLinks(Connection c, List<FeedLink> links, long now) throws SQLException {
        Map<SourceKind, Integer> added = new EnumMap<>(SourceKind.class);
        if (links.isEmpty()) return added;
        Set<String> newArtists = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO track_sources(track_urn, artist_urn, kind, first_seen,"
                + " at, exact) VALUES (?, ?, ?, ?, ?, 1)")) {
            Batch batch = new Batch(ps);
            for (FeedLink l : links) {
                ps.setString(1, l.track().urn());
                ps.setString(2, l.artistUrn());
                ps.setString(3, SourceKinds.text(l.kind()));
                ps.setLong(4, now);
                ps.setLong(5, l.at());
                batch.add(l);
            }
            for (Batch.Done d : batch.finish()) {
                if (d.count() <= 0) continue;
                FeedLink l = (FeedLink) d.tag();
                newArtists.add(l.artistUrn());
                added.merge(l.kind(), 1, Integer::sum);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE track_sources SET at = ?, exact = 1"
                + " WHERE track_urn = ? AND artist_urn = ? AND kind = ? AND exact = 0")) {
            Batch batch = new Batch(ps);
            for (FeedLink l : links) {
                ps.setLong(1, l.at());
                ps.setString(2, l.track().urn());
                ps.setString(3, l.artistUrn());
                ps.setString(4, SourceKinds.text(l.kind()));
                batch.add(null);
            }
            batch.finish();
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE tracks SET first_seen = ?1 WHERE urn = ?2 AND first_seen > ?1")) {
            Batch batch = new Batch(ps);
            for (FeedLink l : links) {
                ps.setLong(1, l.at());
                ps.setString(2, l.track().urn());
                batch.add(null);
            }
            batch.finish();
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE artists SET last_new_at = ?1 WHERE urn = ?2"
                + " AND (last_new_at IS NULL OR last_new_at < ?1)")) {
            for (String urn : newArtists) {
                ps.setLong(1, now);
                ps.setString(2, urn);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return added;
    }

    private static void mergeArtists(Connection c, List<ArtistInfo> followed, long now) throws SQLException {
        Set<String> following = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO artists(urn, id, username, permalink_url, followed, first_seen) VALUES (?, ?, ?, ?, 1, ?)"
                        + " ON CONFLICT(urn) DO UPDATE SET id = excluded.id, username = excluded.username,"
                        + " permalink_url = excluded.permalink_url, followed = 1, unfollowed_at = NULL")) {
            for (ArtistInfo a : followed) {
                if (!following.add(a.urn())) continue;
                ps.setString(1, a.urn());
                ps.setLong(2, a.id());
                setText(ps, 3, a.username());
                setText(ps, 4, a.permalinkUrl());
                ps.setLong(5, now);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        List<String> gone = new java.util.ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT urn FROM artists WHERE followed = 1");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) if (!following.contains(rs.getString(1))) gone.add(rs.getString(1));
        }
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE artists SET followed = 0, unfollowed_at = COALESCE(unfollowed_at, ?) WHERE urn = ?")) {
            for (String urn : gone) {
                ps.setLong(1, now);
                ps.setString(2, urn);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * Records tracks that came from elsewhere than a followed artist's list (e.g. judged on
     * SoundCloud): metadata only, no sources. Returns how many were new.
     */
    public static int recordTracks(Connection c, Collection<TrackInfo> tracks, long now) throws SQLException {
        Map<String, TrackInfo> unique = new LinkedHashMap<>();
        for (TrackInfo t : tracks) unique.put(t.urn(), t);
        return upsertTracks(c, unique.values(), now)[0];
    }

    /**
     * Inserts tracks not yet stored and refreshes the metadata and last_seen of the others.
     * Returns {inserted, metadata changed}.
     */
    static int[] upsertTracks(Connection c, Collection<TrackInfo> tracks, long now) throws SQLException {
        int inserted = 0;
        List<TrackInfo> existing = new java.util.ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(INSERT_TRACK)) {
            Batch batch = new Batch(ps);
            for (TrackInfo t : tracks) {
                ps.setString(1, t.urn());
                ps.setLong(2, t.id());
                int next = t.metadata().bind(ps, 3);
                ps.setLong(next, now);
                ps.setLong(next + 1, now);
                batch.add(t);
            }
            for (Batch.Done d : batch.finish()) {
                if (d.count() > 0) inserted++;
                else existing.add((TrackInfo) d.tag());
            }
        }
        int updated = 0;
        try (PreparedStatement ps = c.prepareStatement(UPDATE_METADATA)) {
            Batch batch = new Batch(ps);
            for (TrackInfo t : existing) {
                ps.setString(t.metadata().bind(ps, 1), t.urn());
                batch.add(null);
            }
            for (Batch.Done d : batch.finish()) if (d.count() > 0) updated++;
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE tracks SET last_seen = ? WHERE urn = ? AND last_seen < ?")) {
            Batch batch = new Batch(ps);
            for (TrackInfo t : existing) {
                ps.setLong(1, now);
                ps.setString(2, t.urn());
                ps.setLong(3, now);
                batch.add(null);
            }
            batch.finish();
        }
        return new int[] {inserted, updated};
    }

    /** A new track: URN, id, its metadata's columns, first and last seen. */
    private static final String INSERT_TRACK = "INSERT OR IGNORE INTO tracks(urn, id, " + String.join(", ", TrackMetadata.COLUMNS)
            + ", first_seen, last_seen) VALUES (?, ?, " + "?, ".repeat(TrackMetadata.COLUMNS.size()) + "?, ?)";

    /** A stored track's metadata, written only when some column differs (?1..?n the metadata, then the URN). */
    private static final String UPDATE_METADATA;

    static {
        List<String> cols = TrackMetadata.COLUMNS;
        StringBuilder set = new StringBuilder();
        StringBuilder differs = new StringBuilder();
        for (int i = 0; i < cols.size(); i++) {
            String sep = i == 0 ? "" : ", ";
            set.append(sep).append(cols.get(i)).append(" = ?").append(i + 1);
            differs.append(i == 0 ? "" : " OR ").append(cols.get(i)).append(" IS NOT ?").append(i + 1);
        }
        UPDATE_METADATA = "UPDATE tracks SET " + set + " WHERE urn = ?" + (cols.size() + 1) + " AND (" + differs + ")";
    }

    private static String jsonArray(String[] values) {
        try {
            return org.musicminion.discover.Json.MAPPER.writeValueAsString(values);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static void setText(PreparedStatement ps, int i, String s) throws SQLException {
        if (s == null) ps.setNull(i, Types.VARCHAR);
        else ps.setString(i, s);
    }

    /** True when the index holds the track {@code trackUrn}. */
    public static boolean hasTrack(Connection c, String trackUrn) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM tracks WHERE urn = ?")) {
            ps.setString(1, trackUrn);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** The number of tracks in the index. */
    public static int trackCount(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM tracks"); ResultSet rs = ps.executeQuery()) {
            return rs.getInt(1);
        }
    }
}
