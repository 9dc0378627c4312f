package org.musicminion.discover.report;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.musicminion.discover.store.ArtistStats;
import org.musicminion.discover.store.Database;
import org.musicminion.discover.store.FeedState;
import org.musicminion.discover.store.ReportData;
import org.musicminion.discover.store.SyncRuns;
import org.musicminion.discover.triage.Noise;

/** Reads a {@link ReportModel} from the index in one read transaction; {@link HtmlReport} draws it. */
public final class Report {
    /** How far back the weekly chart reaches. */
    public static final int WEEKS = 12;
    /** How far back sync health and the stream's delays reach. */
    public static final int DAYS = 30;

    private final Database db;
    private final Clock clock;
    private final String playlistTitle;

    public Report(Database db, Clock clock, String playlistTitle) {
        this.db = db;
        this.clock = clock;
        this.playlistTitle = playlistTitle;
    }

    /** The report as one self-contained HTML page. */
    public String html() {
        return HtmlReport.render(read());
    }

    public ReportModel read() {
        long now = clock.millis();
        long daysAgo = (now / ReportData.DAY_MS - (DAYS - 1)) * ReportData.DAY_MS;
        return db.read(c -> {
            double prior = ArtistStats.overallKeepRate(c);
            List<ReportModel.ArtistPoint> artists = new ArrayList<>();
            for (ArtistStats.Row r : ArtistStats.query(c, now, ArtistStats.Sort.TRACKS, null)) {
                Noise.Assessment a = Noise.assess(r.activity().perDay30d(), r.tally().liked(), r.tally().judged(), prior); // artists --noisy's definition
                artists.add(new ReportModel.ArtistPoint(r.username() == null ? r.urn() : r.username(), r.urn(), a.tracksPerWeek(),
                        a.keepRate(), r.tally().judged(), r.tally().liked(), a.noisy(), a.suggestion().toString()));
            }
            Long lastOk = null;
            for (SyncRuns.SyncRun run : SyncRuns.recent(c, 200)) {
                if (run.outcome() == SyncRuns.Outcome.OK) {
                    lastOk = run.startedAt();
                    break;
                }
            }
            return new ReportModel(now, playlistTitle, everyWeek(ReportData.pushWeeks(c, now - (WEEKS - 1) * ReportData.WEEK_MS), now),
                    ReportData.lastPush(c), artists, prior, ReportData.runDays(c, daysAgo),
                    freshness(ReportData.linksSince(c, daysAgo)), FeedState.checkpoint(c), lastOk);
        });
    }

    /** The weeks from the first with a push to this one, a week without pushes as zeros (a gap shows as a gap). */
    static List<ReportData.PushWeek> everyWeek(List<ReportData.PushWeek> pushed, long now) {
        if (pushed.isEmpty()) return pushed;
        Map<Long, ReportData.PushWeek> byWeek = new TreeMap<>();
        for (ReportData.PushWeek w : pushed) byWeek.put(w.weekStart(), w);
        List<ReportData.PushWeek> out = new ArrayList<>();
        for (long w = pushed.get(0).weekStart(); w <= ReportData.weekStart(now); w += ReportData.WEEK_MS) {
            out.add(byWeek.getOrDefault(w, new ReportData.PushWeek(w, 0, 0, 0)));
        }
        return out;
    }

    /** Links per day; the median delay of the stream's (exact) ones. */
    static List<ReportModel.FreshDay> freshness(List<ReportData.Link> links) {
        Map<Long, List<ReportData.Link>> byDay = new TreeMap<>();
        for (ReportData.Link l : links) byDay.computeIfAbsent(l.firstSeen() / ReportData.DAY_MS * ReportData.DAY_MS, d -> new ArrayList<>()).add(l);
        List<ReportModel.FreshDay> out = new ArrayList<>();
        for (var e : byDay.entrySet()) {
            long[] delays = e.getValue().stream().filter(ReportData.Link::exact).mapToLong(ReportData.Link::delayMs).sorted().toArray();
            Long median = delays.length == 0 ? null : delays[delays.length / 2];
            out.add(new ReportModel.FreshDay(e.getKey(), e.getValue().size(), delays.length, median));
        }
        return out;
    }
}
