package org.musicminion.discover.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.musicminion.discover.store.ArtistStats;

/**
 * Which tracks the discovery and mixes playlists propose. Candidates are unjudged tracks surfaced by
 * followed artists and not in one of the user's own playlists ({@code owned}). Tracks shorter than
 * the minimum duration are dropped, longer than the maximum ones are mixes (newest first_seen
 * first), tracks of unknown duration count as regular tracks. Regular tracks are ordered by reposter
 * count, then the mean hit rate of the track's reposters, then the newest first_seen (then URN);
 * a track no followed artist reposted (only liked) comes after the reposted ones and is judged by its
 * likers. The per-artist cap limits how many tracks one artist (every reposter of a track, or its
 * likers when nobody reposted it) places; when capped picks cannot fill the playlist the cap doubles,
 * then goes away.
 */
public final class DiscoveryRanking implements PlaylistRanking {

    /** The playlist rules from the config; durations in milliseconds, {@code perArtistCap} 0 = no cap. */
    public record Rules(int maxTracks, int perArtistCap, long minDurationMs, long maxDurationMs, int mixesMaxTracks) {
    }

    /**
     * One candidate: its reposter count, the artists it counts against ({@code sources}: reposters, or
     * likers when nobody reposted it) and their mean hit rate.
     */
    public record Candidate(String urn, int reposters, List<String> sources, double meanHitRate, long firstSeen, Long durationMs) {
    }

    /** What the playlists get, best first; {@code cap} is the cap the discovery picks were made with (0 = none). */
    public record Picks(List<String> discovery, List<String> mixes, int cap) {
    }

    /** Orders regular candidates, best first. */
    public static final Comparator<Candidate> ORDER = Comparator.comparingInt(Candidate::reposters).reversed()
            .thenComparing(Comparator.comparingDouble(Candidate::meanHitRate).reversed())
            .thenComparing(Comparator.comparingLong(Candidate::firstSeen).reversed())
            .thenComparing(Candidate::urn);

    private static final Comparator<Candidate> NEWEST = Comparator.comparingLong(Candidate::firstSeen).reversed()
            .thenComparing(Candidate::urn);

    private final Rules rules;

    public DiscoveryRanking(Rules rules) {
        this.rules = rules;
    }

    public Rules rules() {
        return rules;
    }

    /** Reads the candidates from the index and picks both playlists. */
    @Override
    public Picks rank(Connection c, Set<String> owned) throws SQLException {
        return pick(candidates(c, owned));
    }

    /** Splits by duration and picks both playlists from {@code candidates} (in any order). */
    public Picks pick(List<Candidate> candidates) {
        List<Candidate> regular = new ArrayList<>();
        List<Candidate> mixes = new ArrayList<>();
        for (Candidate k : candidates) {
            Long d = k.durationMs();
            if (d != null && d < rules.minDurationMs()) continue;
            if (d != null && d > rules.maxDurationMs()) mixes.add(k);
            else regular.add(k);
        }
        regular.sort(ORDER);
        mixes.sort(NEWEST);
        Capped capped = capped(regular, rules.maxTracks(), rules.perArtistCap());
        List<String> mixUrns = mixes.stream().limit(rules.mixesMaxTracks()).map(Candidate::urn).toList();
        return new Picks(capped.urns(), mixUrns, capped.cap());
    }

    /** Picks made under a cap ({@code cap} 0: none). */
    record Capped(List<String> urns, int cap) {
    }

    /**
     * The first {@code max} of {@code ordered} with no artist over {@code cap}; when that cannot reach
     * {@code min(max, candidates)}, again with twice the cap, then with no cap.
     */
    static Capped capped(List<Candidate> ordered, int max, int cap) {
        int enough = Math.min(max, ordered.size());
        if (cap > 0) {
            for (int c : new int[] {cap, cap * 2}) {
                List<String> picks = underCap(ordered, max, c);
                if (picks.size() >= enough) return new Capped(picks, c);
            }
        }
        return new Capped(ordered.stream().limit(max).map(Candidate::urn).toList(), 0);
    }

    private static List<String> underCap(List<Candidate> ordered, int max, int cap) {
        Map<String, Integer> placed = new HashMap<>();
        List<String> picks = new ArrayList<>();
        for (Candidate k : ordered) {
            if (picks.size() >= max) break;
            boolean fits = true;
            for (String a : k.sources()) if (placed.getOrDefault(a, 0) >= cap) { fits = false; break; }
            if (!fits) continue;
            for (String a : k.sources()) placed.merge(a, 1, Integer::sum);
            picks.add(k.urn());
        }
        return picks;
    }

    /** Unjudged tracks surfaced by followed artists, minus {@code owned}, with their sources and hit rates. */
    public static List<Candidate> candidates(Connection c, Set<String> owned) throws SQLException {
        Map<String, Double> hitRates = ArtistStats.hitRates(c);
        List<Candidate> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT t.urn, t.first_seen, t.duration_ms,
                       GROUP_CONCAT(CASE WHEN s.kind = 'repost' THEN s.artist_urn END),
                       GROUP_CONCAT(CASE WHEN s.kind = 'like' THEN s.artist_urn END)
                FROM track_sources s
                JOIN artists a ON a.urn = s.artist_urn AND a.followed = 1
                JOIN tracks t ON t.urn = s.track_urn
                WHERE NOT EXISTS (SELECT 1 FROM judgments j WHERE j.track_urn = s.track_urn)
                GROUP BY t.urn""");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String urn = rs.getString(1);
                if (owned.contains(urn)) continue;
                long d = rs.getLong(3);
                Long duration = rs.wasNull() ? null : d;
                List<String> reposters = split(rs.getString(4));
                List<String> sources = reposters.isEmpty() ? split(rs.getString(5)) : reposters;
                double sum = 0;
                for (String a : sources) sum += hitRates.getOrDefault(a, 0.0);
                out.add(new Candidate(urn, reposters.size(), sources, sources.isEmpty() ? 0 : sum / sources.size(),
                        rs.getLong(2), duration));
            }
        }
        return out;
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(","));
    }
}
