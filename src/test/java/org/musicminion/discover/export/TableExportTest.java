package org.musicminion.discover.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicminion.discover.Json;
import org.musicminion.discover.store.Database;
import org.musicminion.discover.testing.DiscoveryIndex;

/** {@code export likes|tracks}: Parquet read back by an independent reader (DuckDB), CSV and NDJSON by their rules. */
class TableExportTest {
    private static final long T0 = 1_790_000_000_000L; // 2026-09-21T...Z

    @TempDir
    Path dir;
    private Database db;

    @BeforeEach
    void index() {
        db = Database.openIn(dir);
        DiscoveryIndex ix = new DiscoveryIndex(db);
        ix.artist(1, true, 1).artist(2, true, 1).artist(3, false, 1);
        ix.track(100, 200, T0).track(101, 300, T0 + 1000).track(102, null, T0 + 2000);
        ix.source(100, 1, "repost", T0).source(100, 2, "repost", T0 + 10).source(100, 3, "like", T0 + 20);
        ix.source(101, 2, "like", T0 + 1000).source(101, 1, "upload", T0 + 1500);
        ix.judge(100, "liked", T0 + 5000).judge(101, "not_quite", T0 + 6000);
        db.write(c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE tracks SET permalink_url = 'https://soundcloud.com/artist1/t-' || id, artist_name = 'Artist One',"
                        + " artist_urn = 'soundcloud:users:1', genre = 'Dub Techno' WHERE id IN (100, 101)");
                s.executeUpdate("UPDATE tracks SET title = 'Ünïcode, \"quoted\"' WHERE id = 100");
                s.executeUpdate("UPDATE track_sources SET exact = 1, at = first_seen + 1 WHERE kind = 'repost'");
            }
            return null;
        });
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static List<Map<String, Object>> duck(String sql) throws Exception {
        Class.forName("org.duckdb.DuckDBDriver");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            List<Map<String, Object>> rows = new ArrayList<>();
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                Map<String, Object> m = new LinkedHashMap<>();
                for (int i = 1; i <= n; i++) m.put(rs.getMetaData().getColumnLabel(i), rs.getString(i));
                rows.add(m);
            }
            return rows;
        }
    }

    private static Map<String, String> types(Path parquet) throws Exception {
        Map<String, String> t = new LinkedHashMap<>();
        for (var r : duck("DESCRIBE SELECT * FROM read_parquet('" + parquet + "')")) {
            t.put((String) r.get("column_name"), (String) r.get("column_type"));
        }
        return t;
    }

    @Test
    void tracksAsParquetReadBackByDuckDbWithNamesTypesAndRows() throws Exception {
        Path file = dir.resolve("tracks.parquet");
        int n = new Export(db).table(Export.Rows.TRACKS, ExportFormat.PARQUET, file, null);
        assertEquals(3, n);

        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("slug", "VARCHAR");
        expected.put("track_id", "BIGINT");
        expected.put("urn", "VARCHAR");
        expected.put("title", "VARCHAR");
        expected.put("uploader", "VARCHAR");
        expected.put("uploader_urn", "VARCHAR");
        expected.put("genre", "VARCHAR");
        expected.put("duration_ms", "BIGINT");
        expected.put("created_at", "VARCHAR");
        expected.put("first_seen", "TIMESTAMP WITH TIME ZONE");
        expected.put("repost_count", "BIGINT");
        expected.put("like_count", "BIGINT");
        expected.put("reposted_by", "VARCHAR[]");
        expected.put("liked_by", "VARCHAR[]");
        expected.put("uploaded_by", "VARCHAR[]");
        expected.put("judgment", "VARCHAR");
        expected.put("judgment_origin", "VARCHAR");
        expected.put("judged_at", "TIMESTAMP WITH TIME ZONE");
        expected.put("sources", "STRUCT(kind VARCHAR, artist_urn VARCHAR, \"at\" TIMESTAMP WITH TIME ZONE, exact BOOLEAN)[]");
        assertEquals(expected, types(file));

        String q = "SELECT track_id, slug, title, uploader, genre, duration_ms, epoch_ms(first_seen) AS first_seen, repost_count,"
                + " like_count, array_to_string(reposted_by, ' ') AS reposted_by, array_to_string(liked_by, ' ') AS liked_by,"
                + " array_to_string(uploaded_by, ' ') AS uploaded_by, len(uploaded_by) AS uploads, judgment, judgment_origin, epoch_ms(judged_at) AS judged_at,"
                + " len(sources) AS links, sources[1].kind AS k1, sources[1].artist_urn AS a1, epoch_ms(sources[1].\"at\") AS at1,"
                + " sources[1].exact AS e1 FROM read_parquet('" + file + "') ORDER BY track_id";
        List<Map<String, Object>> rows = duck(q);
        assertEquals(3, rows.size());
        Map<String, Object> r100 = rows.get(0);
        assertEquals("100", r100.get("track_id"));
        assertEquals("artist1/t-100", r100.get("slug"));
        assertEquals("Ünïcode, \"quoted\"", r100.get("title"));
        assertEquals("Artist One", r100.get("uploader"));
        assertEquals("Dub Techno", r100.get("genre"));
        assertEquals("200000", r100.get("duration_ms"));
        assertEquals(String.valueOf(T0), r100.get("first_seen"));
        assertEquals("2", r100.get("repost_count"));
        assertEquals("1", r100.get("like_count"));
        assertEquals("soundcloud:users:1 soundcloud:users:2", r100.get("reposted_by"));
        assertEquals("soundcloud:users:3", r100.get("liked_by"), "the history of an artist no longer followed is kept");
        assertEquals("0", r100.get("uploads"), "an empty list, not a missing one");
        assertEquals("liked", r100.get("judgment"));
        assertEquals("local", r100.get("judgment_origin"));
        assertEquals(String.valueOf(T0 + 5000), r100.get("judged_at"));
        assertEquals("3", r100.get("links"));
        assertEquals("repost", r100.get("k1"));
        assertEquals("soundcloud:users:1", r100.get("a1"));
        assertEquals(String.valueOf(T0 + 1), r100.get("at1"));
        assertEquals("true", r100.get("e1"));
        Map<String, Object> r101 = rows.get(1);
        assertEquals("soundcloud:users:1", r101.get("uploaded_by"));
        assertEquals("not_quite", r101.get("judgment"));
        Map<String, Object> r102 = rows.get(2);
        assertEquals(null, r102.get("slug"));
        assertEquals(null, r102.get("duration_ms"), "unknown stays null");
        assertEquals(null, r102.get("judgment"));
        assertEquals("0", r102.get("links"));
    }

    @Test
    void likesAsParquetHaveMusicMinionsColumnsFirst() throws Exception {
        Path file = dir.resolve("likes.parquet");
        assertEquals(1, new Export(db).table(Export.Rows.LIKES, ExportFormat.PARQUET, file, null));
        Map<String, String> t = types(file);
        assertEquals(List.of("track_id", "track_slug", "title", "artist_name", "genre", "urn", "liked_at", "origin"), List.copyOf(t.keySet()));
        assertEquals("BIGINT", t.get("track_id"), "Music Minion reads track_id as an integer");
        List<Map<String, Object>> rows = duck("SELECT track_id, track_slug, artist_name FROM read_parquet('" + file + "')");
        assertEquals(List.of(Map.of("track_id", "100", "track_slug", "artist1/t-100", "artist_name", "Artist One")), rows);
        assertTrue(Files.list(dir).noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left");
    }

    @Test
    void ndjsonAndCsvCarryTheSameRows() throws Exception {
        ByteArrayOutputStream nd = new ByteArrayOutputStream();
        new Export(db).table(Export.Rows.TRACKS, ExportFormat.NDJSON, null, nd);
        List<String> lines = nd.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(3, lines.size());
        JsonNode first = Json.MAPPER.readTree(lines.get(0));
        assertEquals(100, first.get("track_id").asLong());
        assertEquals("2026-09-21T14:13:20Z", first.get("first_seen").asText());
        assertEquals(2, first.get("reposted_by").size());
        assertEquals("repost", first.get("sources").get(0).get("kind").asText());
        assertTrue(first.get("sources").get(0).get("exact").asBoolean());

        Path csv = dir.resolve("tracks.csv");
        new Export(db).table(Export.Rows.TRACKS, ExportFormat.CSV, csv, null);
        List<Map<String, Object>> rows = duck("SELECT * FROM read_csv('" + csv + "', header = true, all_varchar = true) ORDER BY track_id");
        assertEquals(3, rows.size());
        assertEquals("Ünïcode, \"quoted\"", rows.get(0).get("title"));
        assertEquals("soundcloud:users:1 soundcloud:users:2", rows.get(0).get("reposted_by"));
        assertEquals(Json.MAPPER.readTree(lines.get(0)).get("sources"), Json.MAPPER.readTree((String) rows.get(0).get("sources")));
    }
}
