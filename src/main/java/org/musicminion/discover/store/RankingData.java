package org.musicminion.discover.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.musicminion.discover.Judgment;
import org.musicminion.discover.SourceKind;
import org.musicminion.discover.ranking.TrackFacts;
import org.musicminion.discover.ranking.Verdict;
import org.musicminion.discover.soundcloud.SoundCloudTime;

/**
 * What ranking reads from the index: the candidates (unjudged tracks some followed artist reposted,
 * liked or uploaded, or linked from a track: {@link SourceKind.Via#TRACK}) and the verdicts (judged tracks of the index), each as {@link TrackFacts} with its followed
 * reposters and likers and when each link was first seen. One grouped pass per list.
 */
public final class RankingData {
    /** The candidates and verdicts of one ranking. */
    public record Inputs(List<TrackFacts> candidates, List<Verdict> verdicts) {
    }

    private RankingData() {}

    /** Candidates (minus {@code owned}) and verdicts. */
    public static Inputs read(Connection c, Set<String> owned) throws SQLException {
        return new Inputs(candidates(c, owned), verdicts(c));
    }

    /** The column of the track's first metadata value in {@link #FACTS}. */
    private static final int FIRST_METADATA = 7;

    private static final String FACTS = """
            SELECT t.urn, t.first_seen, ua.urn IS NOT NULL, s.artist_urn, s.kind, s.first_seen, {METADATA}%s
            FROM tracks t
            %s JOIN (SELECT ts.* FROM track_sources ts JOIN artists a ON a.urn = ts.artist_urn AND a.followed = 1
                    UNION ALL SELECT ts.* FROM track_sources ts WHERE ts.kind IN ({VIA_TRACK})) s
              ON s.track_urn = t.urn
            LEFT JOIN artists ua ON ua.urn = t.artist_urn AND ua.followed = 1
            %s
            ORDER BY t.urn, s.first_seen, s.artist_urn""".replace("{VIA_TRACK}", SourceKinds.viaTrack())
            .replace("{METADATA}", TrackMetadata.select("t"));

    /** The column of the first value after the metadata (the verdicts' judgment). */
    private static final int AFTER_METADATA = FIRST_METADATA + TrackMetadata.COLUMNS.size();

    /** Unjudged tracks surfaced by followed artists, minus {@code owned}. */
    public static List<TrackFacts> candidates(Connection c, Set<String> owned) throws SQLException {
        List<TrackFacts> out = new ArrayList<>();
        String sql = FACTS.formatted("", "", "WHERE NOT EXISTS (SELECT 1 FROM judgments j WHERE j.track_urn = t.urn)");
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            Grouper g = new Grouper();
            while (rs.next()) {
                TrackFacts done = g.add(rs);
                if (done != null && !owned.contains(done.urn())) out.add(done);
            }
            TrackFacts last = g.finish();
            if (last != null && !owned.contains(last.urn())) out.add(last);
        }
        return out;
    }

    /** Every judged track of the index, with its verdict and when it was recorded. */
    public static List<Verdict> verdicts(Connection c) throws SQLException {
        List<Verdict> out = new ArrayList<>();
        String sql = FACTS.formatted(", j.value, j.judged_at", "LEFT", "JOIN judgments j ON j.track_urn = t.urn");
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            Grouper g = new Grouper();
            Judgment judgment = null;
            long judgedAt = 0;
            while (rs.next()) {
                TrackFacts done = g.add(rs);
                if (done != null) out.add(new Verdict(done, judgment, judgedAt));
                judgment = Judgment.ofWord(rs.getString(AFTER_METADATA));
                judgedAt = rs.getLong(AFTER_METADATA + 1);
            }
            TrackFacts last = g.finish();
            if (last != null) out.add(new Verdict(last, judgment, judgedAt));
        }
        return out;
    }

    /** Folds rows (one per track and link, ordered by track) into tracks. */
    private static final class Grouper {
        private String urn;
        private TrackMetadata metadata;
        private boolean uploaderFollowed;
        private long firstSeen;
        private Map<SourceKind, List<TrackFacts.Source>> links = new EnumMap<>(SourceKind.class);

        /** Adds a row; returns the previous track when this row starts a new one. */
        TrackFacts add(ResultSet rs) throws SQLException {
            String u = rs.getString(1);
            TrackFacts done = null;
            if (!u.equals(urn)) {
                done = finish();
                urn = u;
                firstSeen = rs.getLong(2);
                uploaderFollowed = rs.getBoolean(3);
                metadata = TrackMetadata.read(rs, FIRST_METADATA);
            }
            String artist = rs.getString(4);
            if (artist != null) {
                SourceKind kind = SourceKinds.of(rs.getString(5));
                if (kind != null) links.computeIfAbsent(kind, k -> new ArrayList<>()).add(new TrackFacts.Source(artist, rs.getLong(6)));
            }
            return done;
        }

        TrackFacts finish() {
            if (urn == null) return null;
            TrackMetadata m = metadata;
            TrackFacts t = new TrackFacts(urn, m.title(), m.artistUrn(), uploaderFollowed, m.durationMs(), parseTime(m.createdAt()),
                    m.genre(), firstSeen, links);
            urn = null;
            links = new EnumMap<>(SourceKind.class);
            return t;
        }
    }

    /** SoundCloud's {@code 2025/03/04 12:00:00 +0000} or ISO-8601 as epoch millis; null when absent or unreadable. */
    static Long parseTime(String s) {
        Instant at = SoundCloudTime.parse(s);
        return at == null ? null : at.toEpochMilli();
    }
}
