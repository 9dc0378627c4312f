package org.musicminion.discover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.musicminion.discover.Json;
import org.musicminion.discover.store.Database;
import org.musicminion.discover.testing.FakeAccount;
import org.musicminion.discover.testing.JarProcess;
import org.musicminion.discover.testing.SyncFakeSoundCloud;

/** {@code tracks} (and {@code sync} in-process) against an index filled by a sync from a fake SoundCloud. */
class TracksCommandTest {
    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    @RegisterExtension
    final FakeAccount account = FakeAccount.create().clock(Clock.fixed(NOW, ZoneOffset.UTC));
    private final SyncFakeSoundCloud fake = account.fake;

    @BeforeEach
    void start() {
        fake.artist(1, "alpha").artist(2, "beta").artist(3, "gamma");
        fake.reposts.put(1L, List.of(10L, 11L, 12L));
        fake.reposts.put(2L, List.of(10L, 11L));
        fake.reposts.put(3L, List.of(10L));
        fake.likes.put(3L, List.of(12L, 13L));
        fake.myLikes.add(13L);
        fake.playlists.put("Not interested", new ArrayList<>()); // the judgment playlists exist (else sync warns of them)
        fake.playlists.put("Not quite", new ArrayList<>());
    }

    private void synced() throws Exception {
        JarProcess.Result r = account.cli("sync");
        assertEquals(0, r.exitCode(), r.toString());
        JsonNode s = Json.MAPPER.readTree(r.stdout());
        assertEquals(4, s.get("tracks_new").asInt());
        assertEquals(6, s.get("reposts").asInt());
        assertEquals(2, s.get("likes").asInt());
        assertEquals(1, s.get("judgments").get("liked").asInt());
        assertTrue(s.get("playlist").isNull());
        List<String> stderr = r.stderr().lines().toList();
        assertEquals(1, stderr.size(), "no warning, only the summary line: " + stderr);
        assertTrue(stderr.get(0).matches("sync: 3 of 3 artists fetched \\(3 due, 0 skipped\\), 4 new tracks, 0 updated;"
                + " 12 requests in [0-9.]+ s; stream: 0 new reposts, 0 uploads"), stderr.get(0));
    }

    @Test
    void listsEveryTrackWithCountsWhoByAndJudgment() throws Exception {
        synced();
        List<JsonNode> rows = account.cli("tracks", "--sort", "reposts").json();
        assertEquals(List.of("soundcloud:tracks:10", "soundcloud:tracks:11", "soundcloud:tracks:12", "soundcloud:tracks:13"),
                rows.stream().map(n -> n.get("urn").asText()).toList());
        JsonNode first = rows.get(0);
        assertEquals(10, first.get("id").asLong());
        assertEquals("Track 10", first.get("title").asText());
        assertEquals("uploader3", first.get("artist").asText());
        assertEquals("2026-11-20T10:00:00Z", first.get("first_seen").asText());
        assertEquals(3, first.get("repost_count").asInt());
        assertEquals(List.of("soundcloud:users:1", "soundcloud:users:2", "soundcloud:users:3"),
                Json.MAPPER.convertValue(first.get("reposted_by"), List.class));
        JsonNode t12 = rows.get(2);
        assertEquals(1, t12.get("like_count").asInt());
        assertEquals("soundcloud:users:3", t12.get("liked_by").get(0).asText());
        assertEquals("liked", rows.get(3).get("judgment").asText());
        assertTrue(first.get("judgment").isNull());
    }

    @Test
    void filtersByJudgmentSinceAndMinimumReposts() throws Exception {
        synced();
        account.sql("UPDATE track_sources SET at = " + NOW.minusSeconds(10 * 86_400).toEpochMilli()
                + " WHERE track_urn IN ('soundcloud:tracks:11', 'soundcloud:tracks:12')");
        assertEquals(List.of("soundcloud:tracks:10", "soundcloud:tracks:11", "soundcloud:tracks:12"),
                urns(account.cli("tracks", "--unjudged", "--sort", "recent")));
        assertEquals(List.of("soundcloud:tracks:13"), urns(account.cli("tracks", "--judgment", "liked")));
        assertEquals(List.of("soundcloud:tracks:10", "soundcloud:tracks:13"), urns(account.cli("tracks", "--since", "7d")));
        assertEquals(List.of("soundcloud:tracks:10", "soundcloud:tracks:13"), urns(account.cli("tracks", "--since", "2026-11-15")));
        assertEquals(List.of("soundcloud:tracks:10", "soundcloud:tracks:11"), urns(account.cli("tracks", "--min-reposts", "2", "--sort", "reposts")));
        assertEquals(List.of("soundcloud:tracks:10"), urns(account.cli("tracks", "--sort", "reposts", "--limit", "1")));
    }

    private List<String> urns(JarProcess.Result r) throws Exception {
        assertEquals(0, r.exitCode(), r.toString());
        return r.json().stream().map(n -> n.get("urn").asText()).toList();
    }

    @Test
    void exportsCsvWithAHeaderAndRfc4180Quoting() throws Exception {
        synced();
        account.sql("UPDATE tracks SET title = 'Say \"hi\", again' WHERE id = 10");
        JarProcess.Result r = account.cli("tracks", "--format", "csv", "--sort", "reposts", "--limit", "1");
        assertEquals(0, r.exitCode(), r.toString());
        assertEquals(TracksCommand.CSV_HEADER + "\r\n"
                + "soundcloud:tracks:10,10,\"Say \"\"hi\"\", again\",uploader3,https://soundcloud.com/u3/track-10,2026-11-20T10:00:00Z,3,0,"
                + "soundcloud:users:1;soundcloud:users:2;soundcloud:users:3,,,,2026-11-20T10:00:00Z\r\n", r.stdout());
    }

    /** ESC[2J, an OSC title sequence ending in BEL, NUL, CR, a one-byte CSI (U+009B), RLO and RLM. */
    static final String HOSTILE_TITLE = "a\u001b[2J\u001b]0;pwned\u0007\u0000b\rc\u009b31m\u202eevil\u200f\u007f";

    @Test
    void titlesWithControlCharactersNeverReachATerminalRawButAPipeGetsThemExactly() throws Exception {
        synced();
        try (Database db = Database.openIn(account.data)) {
            db.write(c -> {
                try (java.sql.PreparedStatement s = c.prepareStatement("UPDATE tracks SET title = ? WHERE id = 10")) {
                    s.setString(1, HOSTILE_TITLE);
                    s.executeUpdate();
                }
                return null;
            });
        }
        for (List<String> extra : List.of(List.of("--format", "csv"), List.<String>of(), List.of("--json"))) {
            List<String> args = account.args("tracks", "--sort", "reposts", "--limit", "1");
            args.addAll(extra);
            JarProcess.Result r = account.terminal().onATerminal().run(args.toArray(String[]::new));
            assertEquals(0, r.exitCode(), r.toString());
            String shown = r.stdout().replace("\r\n", "").replace("\n", "");
            for (char c : shown.toCharArray()) {
                assertFalse(org.musicminion.discover.text.Printable.control(c),
                        extra + ": U+" + Integer.toHexString(c) + " reached the terminal in " + r.stdout());
            }
            assertTrue(r.stdout().contains("2J") && r.stdout().contains("pwned"), "escaped, not dropped: " + r.stdout());
        }

        JarProcess.Result piped = account.cli("tracks", "--sort", "reposts", "--limit", "1");
        assertEquals(HOSTILE_TITLE, piped.json().get(0).get("title").asText(), "in a pipe the JSON carries the exact title");
        assertFalse(piped.stdout().contains("\u202e") || piped.stdout().contains("\u009b"), "as \\u escapes: " + piped.stdout());
        JarProcess.Result csv = account.cli("tracks", "--format", "csv", "--sort", "reposts", "--limit", "1");
        assertTrue(csv.stdout().contains(HOSTILE_TITLE), "a CSV file gets the data as it is");
    }

    @Test
    void sourceFiltersByLinkKindAndSinceCountsFromLinkTimesNotFirstSeen() throws Exception {
        synced();
        long tenDaysAgo = NOW.minusSeconds(10 * 86_400).toEpochMilli();
        long yesterday = NOW.minusSeconds(86_400).toEpochMilli();
        // artist 2 reposted track 11 yesterday (an exact time from the stream); artist 1 uploaded track 12
        account.sql("UPDATE track_sources SET at = " + tenDaysAgo,
                "UPDATE tracks SET first_seen = " + tenDaysAgo,
                "UPDATE track_sources SET at = " + yesterday + ", exact = 1"
                        + " WHERE track_urn = 'soundcloud:tracks:11' AND artist_urn = 'soundcloud:users:2'",
                "INSERT INTO track_sources(track_urn, artist_urn, kind, first_seen, at, exact)"
                        + " VALUES ('soundcloud:tracks:12', 'soundcloud:users:1', 'upload', " + yesterday + ", " + yesterday + ", 1)");
        assertEquals(List.of("soundcloud:tracks:11", "soundcloud:tracks:12"), urns(account.cli("tracks", "--since", "7d", "--sort", "reposts")),
                "a track first seen 10 days ago counts when a followed artist reposted it yesterday");
        assertEquals(List.of("soundcloud:tracks:11"), urns(account.cli("tracks", "--since", "7d", "--source", "repost")));
        assertEquals(List.of("soundcloud:tracks:12", "soundcloud:tracks:13"), urns(account.cli("tracks", "--source", "like", "--sort", "reposts")));
        List<JsonNode> uploads = account.cli("tracks", "--source", "upload").json();
        assertEquals(1, uploads.size());
        assertEquals("soundcloud:tracks:12", uploads.get(0).get("urn").asText());
        assertEquals("soundcloud:users:1", uploads.get(0).get("uploaded_by").get(0).asText());
        JsonNode t11 = account.cli("tracks", "--min-reposts", "2", "--sort", "reposts").json().get(1);
        assertEquals("soundcloud:tracks:11", t11.get("urn").asText());
        assertEquals(java.time.Instant.ofEpochMilli(yesterday).toString(), t11.get("last_reposted_at").asText());
        assertEquals(2, account.cli("tracks", "--source", "remix").exitCode());
    }

    @Test
    void badFilterValuesAreUsageErrorsNamingTheValidForms() {
        JarProcess.Result since = account.cli("tracks", "--since", "yesterday");
        assertEquals(2, since.exitCode(), since.toString());
        assertTrue(since.stderr().contains("7d") && since.stderr().contains("2026-11-01"), since.stderr());
        JarProcess.Result judgment = account.cli("tracks", "--judgment", "loved");
        assertEquals(2, judgment.exitCode());
        assertTrue(judgment.stderr().contains("liked, not_interested, not_quite"), judgment.stderr());
        assertEquals(2, account.cli("tracks", "--sort", "best").exitCode());
        assertEquals(2, account.cli("tracks", "--format", "xml").exitCode());
    }

    @Test
    void aDamagedDatabaseIsReportedByPathAndLeftUntouched() throws Exception {
        Path file = account.data.resolve(Database.FILE_NAME);
        byte[] junk = "this is not a database, just some notes\n".repeat(50).getBytes();
        Files.write(file, junk);
        for (String cmd : List.of("tracks", "sync")) {
            JarProcess.Result r = account.cli(cmd);
            assertEquals(1, r.exitCode(), r.toString());
            assertTrue(r.stderr().contains(file.toString()), r.stderr());
            assertEquals("", r.stdout());
        }
        assertTrue(java.util.Arrays.equals(junk, Files.readAllBytes(file)));
    }

    @Test
    void aDatabaseGarbledBehindAGoodHeaderIsLeftByteIdenticalBySync() throws Exception {
        synced();
        Path file = account.data.resolve(Database.FILE_NAME);
        int page;
        int pageSize;
        try (Database db = Database.openIn(account.data)) {
            page = db.read(c -> {
                try (Statement s = c.createStatement(); var rs = s.executeQuery("SELECT rootpage FROM sqlite_master WHERE name = 'tracks'")) {
                    return rs.getInt(1);
                }
            });
            pageSize = db.read(c -> {
                try (Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA page_size")) {
                    return rs.getInt(1);
                }
            });
            db.read(c -> c.createStatement().execute("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        byte[] bytes = Files.readAllBytes(file);
        for (int i = (page - 1) * pageSize; i < page * pageSize; i++) bytes[i] = (byte) 0xA5; // only the tracks table's page
        Files.write(file, bytes);

        JarProcess.Result r = account.cli("sync");

        assertEquals(1, r.exitCode(), r.toString());
        assertTrue(r.stderr().contains("left untouched"), r.stderr());
        assertTrue(java.util.Arrays.equals(bytes, Files.readAllBytes(file)), "untouched means byte-identical: no sync_runs row");
        Path wal = account.data.resolve(Database.FILE_NAME + "-wal");
        assertTrue(Files.notExists(wal) || Files.size(wal) == 0, "nothing waiting in the WAL to be checkpointed into it either");
    }

    @Test
    void quietSyncPrintsNothingOnStderrButAWarningStillGoesWithoutQ() throws Exception {
        fake.notFound.add("/users/soundcloud:users:2/reposts/tracks");
        JarProcess.Result quiet = account.cli("-q", "sync");
        assertEquals(0, quiet.exitCode(), quiet.toString());
        assertEquals("", quiet.stderr());
        JarProcess.Result loud = account.cli("sync", "--all");
        assertTrue(loud.stderr().contains("warning: reposts of beta"), loud.stderr());
        assertEquals(1, Json.MAPPER.readTree(loud.stdout()).get("lists_skipped").asInt());
    }

    static Stream<Arguments> formulaLikeCells() {
        return Stream.of(arguments("=1+2", "'=1+2"), arguments("+31 6 123", "'+31 6 123"), arguments("-2", "'-2"),
                arguments("@SUM(A1)", "'@SUM(A1)"), arguments("\tx", "'\tx"), arguments("\rx", "\"'\rx\""),
                arguments("=HYPERLINK(\"http://evil\",\"x\")", "\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\""),
                arguments("a=b", "a=b"), arguments("", ""));
    }

    @ParameterizedTest
    @MethodSource("formulaLikeCells")
    void csvCellsStartingLikeAFormulaGetALeadingQuote(String cell, String written) {
        assertEquals(written, TracksCommand.csvField(cell));
    }
}
