package org.musicminion.discover.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import org.musicminion.discover.Json;

/**
 * What {@code report} shows, read from the index: the pushed tracks by week with the verdicts they got, the
 * Discovery playlist as last pushed (each pick's reasons and who surfaced it), the sync runs per day and how
 * soon after a repost the stream indexed it. Pushes are read from the runs' stored summaries
 * ({@code playlist.picks}), so the report covers every push since the first one. Times are epoch millis (UTC).
 */
public final class ReportData {
    public static final long DAY_MS = 86_400_000L;
    public static final long WEEK_MS = 7 * DAY_MS;
    /** 1970-01-05, the first Monday after the epoch: weeks start on Mondays. */
    private static final long MONDAY = 4 * DAY_MS;

    private ReportData() {}

    /** The Monday 00:00 UTC that starts the week of {@code millis}. */
    public static long weekStart(long millis) {
        return Math.floorDiv(millis - MONDAY, WEEK_MS) * WEEK_MS + MONDAY;
    }

    /** The tracks first pushed in the week starting {@code weekStart}: how many, and the verdicts they have now. */
    public record PushWeek(long weekStart, int pushed, int kept, int skipped) {
        /** Pushed tracks that got a verdict. */
        public int heard() {
            return kept + skipped;
        }
    }

    // a summary that is not JSON (written by hand, or cut short) counts as no push
    private static final String PUSHED = """
            SELECT json_extract(p.value, '$.urn') AS urn, MIN(r.started_at) AS first_pushed
            FROM sync_runs r, json_each(CASE WHEN json_valid(r.summary) THEN r.summary ELSE '{}' END, '$.playlist.picks') p
            WHERE r.outcome IN ('ok', 'partial')
            GROUP BY 1""";

    /** Every week with a first push since {@code since}, oldest first. */
    public static List<PushWeek> pushWeeks(Connection c, long since) throws SQLException {
        String sql = "WITH pushed AS (" + PUSHED + ")"
                + " SELECT (pushed.first_pushed - ?1) / ?2 AS week, COUNT(*),"
                + " COUNT(CASE WHEN j.value = 'liked' THEN 1 END), COUNT(CASE WHEN j.value IN ('not_interested', 'not_quite') THEN 1 END)"
                + " FROM pushed LEFT JOIN judgments j ON j.track_urn = pushed.urn"
                + " WHERE pushed.urn IS NOT NULL AND pushed.first_pushed >= ?3 GROUP BY week ORDER BY week";
        List<PushWeek> weeks = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, MONDAY);
            ps.setLong(2, WEEK_MS);
            ps.setLong(3, weekStart(since));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) weeks.add(new PushWeek(rs.getLong(1) * WEEK_MS + MONDAY, rs.getInt(2), rs.getInt(3), rs.getInt(4)));
            }
        }
        return weeks;
    }

    /** One track that surfaced a pick: the artist's name (their URN when unknown) and how (repost, like, upload...). */
    public record Surfacer(String name, String kind) {}

    /** One pick of the last push, in playlist order, with what the index knows of its track. */
    public record Pick(String urn, String title, String artist, String permalinkUrl, String placedBy, Double score,
                       List<String> reasons, List<Surfacer> surfacedBy, String judgment) {}

    /** The last push: when, and its picks (none when nothing was ever pushed). */
    public record LastPush(Long at, List<Pick> picks) {}

    /** The Discovery playlist as the last run that pushed it left it. */
    public static LastPush lastPush(Connection c) throws SQLException {
        String last = """
                SELECT id, started_at, summary FROM sync_runs
                WHERE outcome IN ('ok', 'partial') AND json_valid(summary) AND json_array_length(summary, '$.playlist.picks') > 0
                ORDER BY started_at DESC, id DESC LIMIT 1""";
        Long at = null;
        Map<String, Pick> picks = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("WITH last AS (" + last + ")"
                + " SELECT last.started_at, json_extract(p.value, '$.urn') AS urn, t.title, t.artist_name, t.permalink_url,"
                + " COALESCE(a.username, json_extract(p.value, '$.placed_by')), json_extract(p.value, '$.score'),"
                + " json_extract(p.value, '$.reasons'), j.value"
                + " FROM last, json_each(last.summary, '$.playlist.picks') p"
                + " LEFT JOIN tracks t ON t.urn = json_extract(p.value, '$.urn')"
                + " LEFT JOIN artists a ON a.urn = json_extract(p.value, '$.placed_by')"
                + " LEFT JOIN judgments j ON j.track_urn = json_extract(p.value, '$.urn')"
                + " ORDER BY CAST(p.key AS INTEGER)");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                at = rs.getLong(1);
                String urn = rs.getString(2);
                if (urn == null || picks.containsKey(urn)) continue;
                double score = rs.getDouble(7);
                picks.put(urn, new Pick(urn, rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.wasNull() ? null : score, texts(rs.getString(8)), new ArrayList<>(), rs.getString(9)));
            }
        }
        if (picks.isEmpty()) return new LastPush(at, List.of());
        try (PreparedStatement ps = c.prepareStatement("WITH last AS (" + last + ")"
                + " SELECT ts.track_urn, COALESCE(a.username, ts.artist_urn), ts.kind"
                + " FROM last, json_each(last.summary, '$.playlist.picks') p"
                + " JOIN track_sources ts ON ts.track_urn = json_extract(p.value, '$.urn')"
                + " LEFT JOIN artists a ON a.urn = ts.artist_urn"
                + " ORDER BY ts.track_urn, ts.at, ts.artist_urn");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Pick p = picks.get(rs.getString(1));
                if (p != null) p.surfacedBy().add(new Surfacer(rs.getString(2), rs.getString(3)));
            }
        }
        return new LastPush(at, List.copyOf(picks.values()));
    }

    private static List<String> texts(String jsonArray) {
        if (jsonArray == null) return List.of();
        try {
            JsonNode n = Json.MAPPER.readTree(jsonArray);
            List<String> out = new ArrayList<>();
            if (n != null && n.isArray()) for (JsonNode r : n) out.add(r.asText());
            return out;
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }

    /** The sync runs that started on one UTC day: how many, how many did not end ok, requests sent. */
    public record RunDay(long day, int runs, int failures, long requests) {}

    /** Sync runs per day since {@code since}, oldest first. */
    public static List<RunDay> runDays(Connection c, long since) throws SQLException {
        List<RunDay> days = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT started_at / ?1 AS day, COUNT(*), COUNT(CASE WHEN outcome IS NULL OR outcome <> 'ok' THEN 1 END),
                       COALESCE(SUM(requests), 0)
                FROM sync_runs WHERE started_at >= ?2 GROUP BY day ORDER BY day""")) {
            ps.setLong(1, DAY_MS);
            ps.setLong(2, since);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) days.add(new RunDay(rs.getLong(1) * DAY_MS, rs.getInt(2), rs.getInt(3), rs.getLong(4)));
            }
        }
        return days;
    }

    /** One source link first seen since a time: when, whether its time is exact (the stream's), and the delay. */
    public record Link(long firstSeen, boolean exact, long delayMs) {}

    /**
     * The source links first seen since {@code since}: for a link from the stream (exact time), how long after
     * the repost or upload the index had it; for one a sweep observed, 0 (its true time is unknown).
     */
    public static List<Link> linksSince(Connection c, long since) throws SQLException {
        List<Link> links = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT ts.first_seen, ts.exact, MAX(0, ts.first_seen - COALESCE(ts.at, ts.first_seen))
                FROM track_sources ts JOIN artists a ON a.urn = ts.artist_urn
                WHERE ts.first_seen >= ? AND ts.first_seen > a.first_seen""")) {
            ps.setLong(1, since);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) links.add(new Link(rs.getLong(1), rs.getInt(2) == 1, rs.getLong(3)));
            }
        }
        return links;
    }
}
