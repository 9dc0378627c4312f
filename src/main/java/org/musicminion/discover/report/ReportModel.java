package org.musicminion.discover.report;

import java.util.List;

import org.musicminion.discover.store.ReportData;

/**
 * Everything one report shows, read at one instant: the keep rate of pushed tracks by week, the Discovery
 * playlist as last pushed, the followed artists as points (tracks surfaced a week, smoothed keep rate, noisy or
 * not), and sync health (runs per day, the stream's delays). Times are epoch millis (UTC).
 */
public record ReportModel(long generatedAt, String playlistTitle, List<ReportData.PushWeek> weeks, ReportData.LastPush playlist,
                          List<ArtistPoint> artists, double overallKeepRate, List<ReportData.RunDay> runDays,
                          List<FreshDay> freshness, Long feedCheckpoint, Long lastOkRun) {

    /** A followed artist on the scatter. */
    /** A followed artist on the scatter; {@code noisy} and {@code suggestion} as {@code artists --noisy} says (triage.Noise). */
    public record ArtistPoint(String name, String urn, double perWeek, double keepRate, int judged, int liked, boolean noisy,
                              String suggestion) {}

    /** The links first seen on one day: how many, how many the stream brought at exact times, their median delay. */
    public record FreshDay(long day, int links, int exact, Long medianDelayMs) {}
}
