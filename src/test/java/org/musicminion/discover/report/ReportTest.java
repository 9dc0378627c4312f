package org.musicminion.discover.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicminion.discover.store.Database;
import org.musicminion.discover.store.ReportData;
import org.musicminion.discover.store.SyncRuns;
import org.musicminion.discover.testing.DiscoveryIndex;

/** The report's reading of the index (pushes by week, the last push, runs per day) and its page (escaping, noise, empty states). */
class ReportTest {
    private static final long DAY = ReportData.DAY_MS;
    /** Wednesday 2026-11-25 12:00 UTC. */
    private static final long NOW = Instant.parse("2026-11-25T12:00:00Z").toEpochMilli();

    @TempDir
    Path dir;

    @Test
    void pushedTracksCountInTheWeekOfTheirFirstPushWithTheVerdictsTheyHaveNow() {
        try (Database db = Database.openIn(dir)) {
            DiscoveryIndex ix = new DiscoveryIndex(db).artist(1, true, 0);
            for (long t = 10; t <= 14; t++) ix.track(t, 200, NOW - 20 * DAY).source(t, 1, "repost", NOW - 20 * DAY);
            ix.judge(10, "liked").judge(11, "not_interested").judge(12, "not_quite").judge(13, "liked");
            run(db, NOW - 8 * DAY, SyncRuns.Outcome.OK, picks(10, 11, 12));          // the week of Nov 16
            run(db, NOW - 1 * DAY, SyncRuns.Outcome.OK, picks(12, 13, 14));          // 12 again: counted in its first week only
            run(db, NOW - 2 * DAY, SyncRuns.Outcome.FAILED, picks(99));              // a failed run pushed nothing
            run(db, NOW - 3 * DAY, SyncRuns.Outcome.OK, "not json {");               // an unreadable summary is no push
            List<ReportData.PushWeek> weeks = db.read(c -> ReportData.pushWeeks(c, NOW - 12 * 7 * DAY));
            assertEquals(List.of(new ReportData.PushWeek(Instant.parse("2026-11-16T00:00:00Z").toEpochMilli(), 3, 1, 2),
                    new ReportData.PushWeek(Instant.parse("2026-11-23T00:00:00Z").toEpochMilli(), 2, 1, 0)), weeks);
            assertEquals(1, weeks.get(1).heard());

            ReportData.LastPush last = db.read(ReportData::lastPush);
            assertEquals(NOW - DAY, last.at());
            assertEquals(List.of("soundcloud:tracks:12", "soundcloud:tracks:13", "soundcloud:tracks:14"),
                    last.picks().stream().map(ReportData.Pick::urn).toList());
            ReportData.Pick p = last.picks().get(0);
            assertEquals("Track 12", p.title());
            assertEquals("artist1", p.placedBy());
            assertEquals(List.of("1 reposter", "why 12"), p.reasons());
            assertEquals(List.of(new ReportData.Surfacer("artist1", "repost")), p.surfacedBy());
            assertEquals("not_quite", p.judgment());
            assertNull(last.picks().get(2).judgment());

            List<ReportData.RunDay> days = db.read(c -> ReportData.runDays(c, NOW - 30 * DAY));
            assertEquals(4, days.size());
            assertEquals(1, days.stream().mapToInt(ReportData.RunDay::failures).sum());
        }
    }

    @Test
    void thePageEscapesWhatTheIndexHoldsMarksTheNoisyAndSaysWhatIsMissing() {
        String evil = "<script>alert(1)</script> & \"quotes\"";
        var pick = new ReportData.Pick("soundcloud:tracks:1", evil, "DJ <b>", "javascript:alert(1)", "Loud One", 0.5,
                List.of("reason <i>"), List.of(new ReportData.Surfacer("Loud One", "repost")), null);
        var model = new ReportModel(NOW, "Discovery", List.of(new ReportData.PushWeek(NOW - 3 * DAY, 10, 2, 6)),
                new ReportData.LastPush(NOW - DAY, List.of(pick)),
                List.of(new ReportModel.ArtistPoint("Loud One", "soundcloud:users:1", 9, 0.1, 12, 1, true, "unfollow candidate"),
                        new ReportModel.ArtistPoint("Quiet One", "soundcloud:users:2", 0.5, 0.6, 5, 3, false, "keep")),
                0.4, List.of(), List.of(), null, null);
        String html = HtmlReport.render(model);
        assertFalse(html.contains("<script>") || html.contains("<b>") || html.contains("<i>"), "text from the index is escaped");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;"));
        assertFalse(html.contains("href=\"javascript:"), "only SoundCloud links become links");
        assertTrue(html.contains("class=\"noisy\">Loud One</text>"), "the noisy artist is labelled on the scatter");
        assertTrue(html.contains("<td>Loud One</td><td>9</td><td>10 %</td><td>1 kept of 12</td><td>unfollow candidate</td>"), "and listed");
        assertFalse(html.contains("class=\"noisy\">Quiet One"));
        assertTrue(html.contains("No sync runs in the last 30 days."));
        assertTrue(html.contains("<td>10</td><td>8</td><td>2</td><td>6</td><td>25 %</td>"), "the week's numbers");

        String empty = HtmlReport.render(new ReportModel(NOW, "Discovery", List.of(), new ReportData.LastPush(null, List.of()),
                List.of(), 0.5, List.of(), List.of(), null, null));
        assertTrue(empty.contains("Nothing pushed yet: run minion-discover sync --push-playlist"));
        assertTrue(empty.contains("No followed artists in the index yet"));
    }

    @Test
    void weeksWithoutPushesBetweenTheFirstAndNowAreZeros() {
        long w1 = ReportData.weekStart(NOW) - 3 * ReportData.WEEK_MS;
        var weeks = Report.everyWeek(List.of(new ReportData.PushWeek(w1, 5, 1, 1),
                new ReportData.PushWeek(w1 + ReportData.WEEK_MS * 2, 4, 0, 0)), NOW);
        assertEquals(List.of(5, 0, 4, 0), weeks.stream().map(ReportData.PushWeek::pushed).toList());
        assertEquals(ReportData.weekStart(NOW), weeks.get(3).weekStart());
        assertTrue(Report.everyWeek(List.of(), NOW).isEmpty());
    }

    @Test
    void theArtistsAreMarkedNoisyAsArtistsNoisySaysIt() {
        try (Database db = Database.openIn(dir)) {
            DiscoveryIndex ix = new DiscoveryIndex(db).artist(1, true, 0).artist(2, true, 0).artist(3, true, 0);
            long t = 100;
            for (int i = 0; i < 20; i++, t++) { // artist 1: 20 tracks in the last 30 days, 2 kept of 12 judged
                ix.track(t, 200, NOW - 5 * DAY).source(t, 1, "repost", NOW - 5 * DAY);
                if (i < 12) ix.judge(t, i < 2 ? "liked" : "not_interested");
            }
            for (int i = 0; i < 20; i++, t++) { // artist 2: as many tracks, 9 kept of 10
                ix.track(t, 200, NOW - 5 * DAY).source(t, 2, "repost", NOW - 5 * DAY);
                if (i < 10) ix.judge(t, i < 9 ? "liked" : "not_quite");
            }
            ix.track(t, 200, NOW - 5 * DAY).source(t, 3, "repost", NOW - 5 * DAY); // artist 3: one track
            ReportModel m = new Report(db, Clock.fixed(Instant.ofEpochMilli(NOW), ZoneOffset.UTC), "Discovery").read();
            var byName = new java.util.HashMap<String, ReportModel.ArtistPoint>();
            for (ReportModel.ArtistPoint a : m.artists()) byName.put(a.name(), a);
            assertTrue(byName.get("artist1").noisy(), byName.toString());
            assertFalse(byName.get("artist2").noisy());
            assertFalse(byName.get("artist3").noisy());
            org.musicminion.discover.triage.Noise.Assessment same = org.musicminion.discover.triage.Noise.assess(20 / 30.0, 2, 12,
                    m.overallKeepRate());
            assertEquals(same.keepRate(), byName.get("artist1").keepRate(), 1e-9, "the rate artists --noisy shows");
            assertEquals(same.suggestion().toString(), byName.get("artist1").suggestion(), "and its suggestion");
            assertTrue(HtmlReport.render(m).contains("class=\"noisy\">artist1</text>"), "marked on the scatter");
        }
    }

    @Test
    void theModelIsReadAtTheClocksInstant() {
        try (Database db = Database.openIn(dir)) {
            ReportModel m = new Report(db, Clock.fixed(Instant.ofEpochMilli(NOW), ZoneOffset.UTC), "Fresh").read();
            assertEquals(NOW, m.generatedAt());
            assertEquals("Fresh", m.playlistTitle());
            assertTrue(m.weeks().isEmpty() && m.playlist().picks().isEmpty() && m.artists().isEmpty());
        }
    }

    private static String picks(long... tracks) {
        StringBuilder b = new StringBuilder("{\"playlist\":{\"urn\":\"soundcloud:playlists:1\",\"tracks\":" + tracks.length + ",\"picks\":[");
        for (int i = 0; i < tracks.length; i++) {
            if (i > 0) b.append(',');
            b.append("{\"urn\":\"soundcloud:tracks:").append(tracks[i]).append("\",\"score\":0.5,\"placed_by\":\"soundcloud:users:1\",")
                    .append("\"reasons\":[\"1 reposter\",\"why ").append(tracks[i]).append("\"]}");
        }
        return b.append("]}}").toString();
    }

    private static void run(Database db, long at, SyncRuns.Outcome outcome, String summary) {
        db.write(c -> SyncRuns.insert(c, new SyncRuns.SyncRun(0, at, at + 1000, outcome, 7, 0, summary, null)));
    }
}
