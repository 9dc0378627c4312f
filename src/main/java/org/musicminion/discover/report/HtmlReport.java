package org.musicminion.discover.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.musicminion.discover.store.ReportData;
import org.musicminion.discover.triage.Noise;

/**
 * Draws a {@link ReportModel} as one self-contained HTML page: styles inline, charts as inline SVG, no script, no
 * font or image to fetch; a Content-Security-Policy forbids every load, so opening it makes no request. Every text
 * from the index (titles, names, reasons) is escaped.
 */
public final class HtmlReport {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final String KEPT = "#2e7d32";
    private static final String SKIPPED = "#c62828";
    private static final String UNHEARD = "#c9ced6";
    private static final String INK = "#1f2933";
    private static final String ACCENT = "#1565c0";
    private static final int W = 760;
    /** Picks shown at once; the rest fold away under a details element (no script needed). */
    private static final int SHOWN_PICKS = 10;

    private final StringBuilder h = new StringBuilder(64 * 1024);

    private HtmlReport() {}

    public static String render(ReportModel m) {
        return new HtmlReport().page(m);
    }

    private String page(ReportModel m) {
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>minion-discover report, ").append(STAMP.format(Instant.ofEpochMilli(m.generatedAt()))).append("</title>")
                .append("<style>").append(CSS).append("</style></head><body>\n");
        h.append("<header><h1>Does discovery work?</h1><p class=\"muted\">minion-discover report, made ")
                .append(STAMP.format(Instant.ofEpochMilli(m.generatedAt()))).append(" from the local index</p></header>\n");
        cards(m);
        keepByWeek(m);
        playlist(m);
        artists(m);
        health(m);
        h.append("</body></html>\n");
        return h.toString();
    }

    // ---- headline numbers ----

    private void cards(ReportModel m) {
        int pushed = 0, kept = 0, heard = 0;
        List<ReportData.PushWeek> recent = m.weeks().subList(Math.max(0, m.weeks().size() - 4), m.weeks().size());
        for (ReportData.PushWeek w : recent) {
            pushed += w.pushed();
            kept += w.kept();
            heard += w.heard();
        }
        int runs = 0, failures = 0;
        long requests = 0;
        for (ReportData.RunDay d : m.runDays()) {
            runs += d.runs();
            failures += d.failures();
            requests += d.requests();
        }
        h.append("<section class=\"cards\">");
        card("keep rate, last 4 weeks", heard == 0 ? "n/a" : pct(kept, heard), kept + " kept of " + heard + " heard; " + pushed + " pushed");
        card("Discovery now", m.playlist().picks().size() + " tracks", m.playlist().at() == null ? "never pushed" : "pushed " + stamp(m.playlist().at()));
        card("sync runs, " + Report.DAYS + " days", runs + (failures == 0 ? "" : " (" + failures + " not ok)"),
                runs == 0 ? "no runs" : num(requests / (double) Report.DAYS) + " requests a day on average");
        long noisy = m.artists().stream().filter(ReportModel.ArtistPoint::noisy).count();
        card("noisy artists", noisy + " of " + m.artists().size(), "many tracks, kept less than the rest");
        h.append("</section>\n");
    }

    private void card(String label, String value, String note) {
        h.append("<div class=\"card\"><div class=\"label\">").append(esc(label)).append("</div><div class=\"value\">").append(esc(value))
                .append("</div><div class=\"muted\">").append(esc(note)).append("</div></div>");
    }

    // ---- keep rate by week ----

    private void keepByWeek(ReportModel m) {
        h.append("<section id=\"keep\"><h2>Keep rate of pushed tracks, by week</h2>");
        h.append("<p class=\"muted\">Each bar is the tracks first pushed to the playlist that week: <b style=\"color:").append(KEPT)
                .append("\">kept</b> (liked), <b style=\"color:").append(SKIPPED).append("\">skipped</b> (not interested, not quite),")
                .append(" and <b style=\"color:#7b8794\">not heard yet</b> (no verdict). The line is kept ÷ heard.</p>");
        List<ReportData.PushWeek> weeks = m.weeks();
        if (weeks.isEmpty()) {
            empty("Nothing pushed yet: run minion-discover sync --push-playlist, then judge what you hear.");
            h.append("</section>\n");
            return;
        }
        int height = 240, top = 20, bottom = 40, left = 44, right = 48;
        int plotH = height - top - bottom;
        int max = weeks.stream().mapToInt(ReportData.PushWeek::pushed).max().orElse(1);
        double band = (W - left - right) / (double) weeks.size();
        double bar = Math.min(48, band * 0.7);
        svgOpen(height, "Tracks pushed per week, with kept, skipped and not heard, and the keep rate");
        axisY(left, top, plotH, max, "tracks");
        h.append("<text x=\"").append(W - right + 8).append("\" y=\"").append(top - 6).append("\" class=\"axis\">keep</text>");
        for (int p = 0; p <= 100; p += 50) {
            double y = top + plotH - plotH * p / 100.0;
            h.append("<text x=\"").append(W - right + 8).append("\" y=\"").append(f(y + 4)).append("\" class=\"axis\">").append(p).append(" %</text>");
        }
        List<String> line = new ArrayList<>();
        for (int i = 0; i < weeks.size(); i++) {
            ReportData.PushWeek w = weeks.get(i);
            double x = left + band * i + (band - bar) / 2;
            double y = top + plotH;
            y = stack(x, y, bar, w.kept(), max, plotH, KEPT, w.kept() + " kept");
            y = stack(x, y, bar, w.skipped(), max, plotH, SKIPPED, w.skipped() + " skipped");
            stack(x, y, bar, w.pushed() - w.heard(), max, plotH, UNHEARD, (w.pushed() - w.heard()) + " not heard yet");
            h.append("<text x=\"").append(f(x + bar / 2)).append("\" y=\"").append(top + plotH + 16)
                    .append("\" class=\"axis\" text-anchor=\"middle\">").append(DAY.format(Instant.ofEpochMilli(w.weekStart()))).append("</text>");
            if (w.heard() > 0) {
                double rate = w.kept() / (double) w.heard();
                double ly = top + plotH - plotH * rate;
                line.add(f(x + bar / 2) + "," + f(ly));
                h.append("<circle cx=\"").append(f(x + bar / 2)).append("\" cy=\"").append(f(ly)).append("\" r=\"4\" fill=\"").append(ACCENT)
                        .append("\"><title>").append(pct(w.kept(), w.heard())).append(" kept</title></circle>");
            }
        }
        if (line.size() > 1) {
            h.append("<polyline fill=\"none\" stroke=\"").append(ACCENT).append("\" stroke-width=\"2\" points=\"")
                    .append(String.join(" ", line)).append("\"/>");
        }
        h.append("</svg>");
        h.append("<table><thead><tr><th>week of</th><th>pushed</th><th>heard</th><th>kept</th><th>skipped</th><th>keep rate</th></tr></thead><tbody>");
        for (ReportData.PushWeek w : weeks) {
            h.append("<tr><td>").append(DAY.format(Instant.ofEpochMilli(w.weekStart()))).append("</td><td>").append(w.pushed())
                    .append("</td><td>").append(w.heard()).append("</td><td>").append(w.kept()).append("</td><td>").append(w.skipped())
                    .append("</td><td>").append(w.heard() == 0 ? "n/a" : pct(w.kept(), w.heard())).append("</td></tr>");
        }
        h.append("</tbody></table></section>\n");
    }

    private double stack(double x, double y, double width, int n, int max, int plotH, String color, String title) {
        if (n <= 0) return y;
        double hh = plotH * n / (double) max;
        h.append("<rect x=\"").append(f(x)).append("\" y=\"").append(f(y - hh)).append("\" width=\"").append(f(width)).append("\" height=\"")
                .append(f(hh)).append("\" fill=\"").append(color).append("\"><title>").append(esc(title)).append("</title></rect>");
        return y - hh;
    }

    // ---- the playlist now ----

    private void playlist(ReportModel m) {
        h.append("<section id=\"playlist\"><h2>").append(esc("\u201c" + m.playlistTitle() + "\u201d")).append(" now</h2>");
        ReportData.LastPush p = m.playlist();
        if (p.picks().isEmpty()) {
            empty("No push recorded yet: run minion-discover sync --push-playlist.");
            h.append("</section>\n");
            return;
        }
        h.append("<p class=\"muted\">As the last push (").append(stamp(p.at()))
                .append(") left it: each track, the artists whose reposts, likes or uploads surfaced it, the one it counts against")
                .append(" (placed by), and why it ranked where it did.</p>");
        List<ReportData.Pick> picks = p.picks();
        picksTable(picks.subList(0, Math.min(SHOWN_PICKS, picks.size())), 0);
        if (picks.size() > SHOWN_PICKS) {
            h.append("<details><summary>the other ").append(picks.size() - SHOWN_PICKS).append(" tracks</summary>");
            picksTable(picks.subList(SHOWN_PICKS, picks.size()), SHOWN_PICKS);
            h.append("</details>");
        }
        h.append("</section>\n");
    }

    private void picksTable(List<ReportData.Pick> picks, int before) {
        h.append("<table class=\"picks\"><thead><tr><th>#</th><th>track</th><th>surfaced by</th><th>placed by</th><th>why</th><th>verdict</th></tr></thead><tbody>");
        int i = before;
        for (ReportData.Pick pick : picks) {
            h.append("<tr><td>").append(++i).append("</td><td>");
            String title = pick.title() == null ? pick.urn() : pick.title();
            if (safeUrl(pick.permalinkUrl())) {
                h.append("<a href=\"").append(esc(pick.permalinkUrl())).append("\">").append(esc(title)).append("</a>");
            } else {
                h.append(esc(title));
            }
            if (pick.artist() != null) h.append("<div class=\"muted\">").append(esc(pick.artist())).append("</div>");
            h.append("</td><td>");
            List<String> who = new ArrayList<>();
            for (ReportData.Surfacer s : pick.surfacedBy()) who.add(esc(s.name()) + " <span class=\"kind\">" + esc(s.kind()) + "</span>");
            h.append(who.isEmpty() ? "<span class=\"muted\">not in the index</span>" : String.join("<br>", who));
            h.append("</td><td>").append(esc(pick.placedBy() == null ? "" : pick.placedBy())).append("</td><td>");
            h.append(pick.reasons().isEmpty() ? "" : "<ul>" + String.join("", pick.reasons().stream().map(r -> "<li>" + esc(r) + "</li>").toList()) + "</ul>");
            h.append("</td><td>").append(pick.judgment() == null ? "<span class=\"muted\">not yet</span>" : verdict(pick.judgment()))
                    .append("</td></tr>");
        }
        h.append("</tbody></table>");
    }

    private static String verdict(String judgment) {
        String color = "liked".equals(judgment) ? KEPT : SKIPPED;
        return "<b style=\"color:" + color + "\">" + esc(judgment.replace('_', ' ')) + "</b>";
    }

    // ---- artists ----

    private void artists(ReportModel m) {
        h.append("<section id=\"artists\"><h2>Artists: tracks surfaced a week against keep rate</h2>");
        h.append("<p class=\"muted\">One dot per followed artist: across, the tracks they surfaced a week over the last 30 days;")
                .append(" up, the share of their tracks you keep, smoothed toward your overall ").append(pct(m.overallKeepRate()))
                .append(" (dashed) while their verdicts are few. <b style=\"color:").append(SKIPPED)
                .append("\">Noisy</b>, as <code>artists --noisy</code> says: at least ").append(num(Noise.NOISY_PER_WEEK))
                .append(" tracks a week, kept less often than the rest (below the dashed line).</p>");
        List<ReportModel.ArtistPoint> points = m.artists();
        if (points.isEmpty()) {
            empty("No followed artists in the index yet: run minion-discover sync.");
            h.append("</section>\n");
            return;
        }
        int height = 320, top = 16, bottom = 40, left = 44, right = 150;
        int plotH = height - top - bottom;
        int plotW = W - left - right;
        double maxX = niceMax(points.stream().mapToDouble(ReportModel.ArtistPoint::perWeek).max().orElse(1));
        svgOpen(height, "Followed artists: tracks surfaced per week against smoothed keep rate; noisy ones in red");
        for (int p = 0; p <= 100; p += 25) {
            double y = top + plotH - plotH * p / 100.0;
            h.append("<line x1=\"").append(left).append("\" x2=\"").append(left + plotW).append("\" y1=\"").append(f(y)).append("\" y2=\"")
                    .append(f(y)).append("\" class=\"grid\"/><text x=\"").append(left - 6).append("\" y=\"").append(f(y + 4))
                    .append("\" class=\"axis\" text-anchor=\"end\">").append(p).append(" %</text>");
        }
        for (int t = 0; t <= 4; t++) {
            double v = maxX * t / 4;
            double x = left + plotW * t / 4.0;
            h.append("<text x=\"").append(f(x)).append("\" y=\"").append(top + plotH + 16).append("\" class=\"axis\" text-anchor=\"middle\">")
                    .append(num(v)).append("</text>");
        }
        h.append("<text x=\"").append(left + plotW / 2).append("\" y=\"").append(height - 4)
                .append("\" class=\"axis\" text-anchor=\"middle\">tracks surfaced a week</text>");
        double ry = top + plotH - plotH * m.overallKeepRate();
        h.append("<line x1=\"").append(left).append("\" x2=\"").append(left + plotW).append("\" y1=\"").append(f(ry)).append("\" y2=\"")
                .append(f(ry)).append("\" stroke=\"").append(ACCENT).append("\" stroke-dasharray=\"5 4\"/>");
        List<ReportModel.ArtistPoint> noisy = new ArrayList<>();
        for (ReportModel.ArtistPoint a : points) {
            double x = left + plotW * Math.min(1, a.perWeek() / maxX);
            double y = top + plotH - plotH * a.keepRate();
            String tip = a.name() + ": " + num(a.perWeek()) + " a week, keeps " + pct(a.keepRate()) + " (" + a.liked() + " of " + a.judged() + ")";
            if (a.noisy()) noisy.add(a);
            h.append("<circle cx=\"").append(f(x)).append("\" cy=\"").append(f(y)).append("\" r=\"").append(a.noisy() ? 6 : 4)
                    .append("\" fill=\"").append(a.noisy() ? SKIPPED : INK).append("\" fill-opacity=\"").append(a.noisy() ? "0.9" : "0.45")
                    .append("\"><title>").append(esc(tip)).append("</title></circle>");
            if (a.noisy()) {
                h.append("<text x=\"").append(f(x + 8)).append("\" y=\"").append(f(y + 4)).append("\" class=\"noisy\">").append(esc(clip(a.name(), 22)))
                        .append("</text>");
            }
        }
        h.append("</svg>");
        if (noisy.isEmpty()) h.append("<p>No noisy artists: none surfaces many tracks that you do not keep.</p>");
        else {
            h.append("<table><thead><tr><th>noisy artist</th><th>a week</th><th>keep rate</th><th>verdicts</th><th>suggestion</th></tr></thead><tbody>");
            for (ReportModel.ArtistPoint a : noisy) {
                h.append("<tr><td>").append(esc(a.name())).append("</td><td>").append(num(a.perWeek())).append("</td><td>").append(pct(a.keepRate()))
                        .append("</td><td>").append(a.liked()).append(" kept of ").append(a.judged()).append("</td><td>").append(esc(a.suggestion()))
                        .append("</td></tr>");
            }
            h.append("</tbody></table>");
        }
        h.append("</section>\n");
    }

    // ---- sync health ----

    private void health(ReportModel m) {
        h.append("<section id=\"health\"><h2>Sync health</h2>");
        List<ReportData.RunDay> days = m.runDays();
        h.append("<p class=\"muted\">The last ").append(Report.DAYS).append(" days: runs per day (<b style=\"color:").append(SKIPPED)
                .append("\">red</b>: failed, partial or interrupted), and the requests they sent (line). Last run that ended ok: ")
                .append(m.lastOkRun() == null ? "none" : stamp(m.lastOkRun())).append(".</p>");
        if (days.isEmpty()) empty("No sync runs in the last " + Report.DAYS + " days.");
        else {
            int height = 200, top = 16, bottom = 34, left = 44, right = 60;
            int plotH = height - top - bottom;
            int max = days.stream().mapToInt(ReportData.RunDay::runs).max().orElse(1);
            long maxReq = Math.max(1, days.stream().mapToLong(ReportData.RunDay::requests).max().orElse(1));
            double band = (W - left - right) / (double) Report.DAYS;
            long first = m.generatedAt() / ReportData.DAY_MS - (Report.DAYS - 1);
            svgOpen(height, "Sync runs and requests per day");
            axisY(left, top, plotH, max, "runs");
            h.append("<text x=\"").append(W - right + 6).append("\" y=\"").append(top + 4).append("\" class=\"axis\">").append(maxReq).append(" req</text>");
            List<String> line = new ArrayList<>();
            for (ReportData.RunDay d : days) {
                long idx = d.day() / ReportData.DAY_MS - first;
                if (idx < 0 || idx >= Report.DAYS) continue;
                double x = left + band * idx + band * 0.15;
                double y = stack(x, top + plotH, band * 0.7, d.runs() - d.failures(), max, plotH, KEPT, d.runs() + " runs on " + DAY.format(Instant.ofEpochMilli(d.day())));
                stack(x, y, band * 0.7, d.failures(), max, plotH, SKIPPED, d.failures() + " not ok");
                line.add(f(x + band * 0.35) + "," + f(top + plotH - plotH * d.requests() / (double) maxReq));
            }
            for (int t = 0; t < Report.DAYS; t += 7) {
                h.append("<text x=\"").append(f(left + band * t + band / 2)).append("\" y=\"").append(top + plotH + 16)
                        .append("\" class=\"axis\" text-anchor=\"middle\">").append(DAY.format(Instant.ofEpochMilli((first + t) * ReportData.DAY_MS)))
                        .append("</text>");
            }
            if (line.size() > 1) {
                h.append("<polyline fill=\"none\" stroke=\"").append(ACCENT).append("\" stroke-width=\"1.5\" points=\"").append(String.join(" ", line)).append("\"/>");
            }
            h.append("</svg>");
        }
        freshness(m);
        h.append("</section>\n");
    }

    private void freshness(ReportModel m) {
        int links = 0, exact = 0;
        List<Long> medians = new ArrayList<>();
        for (ReportModel.FreshDay d : m.freshness()) {
            links += d.links();
            exact += d.exact();
            if (d.medianDelayMs() != null) medians.add(d.medianDelayMs());
        }
        h.append("<h3>How fresh the stream keeps the index</h3><p>");
        if (links == 0) h.append("No new reposts, likes or uploads indexed in the last ").append(Report.DAYS).append(" days.");
        else {
            medians.sort(null);
            h.append(exact).append(" of ").append(links).append(" new links (").append(pct(exact, links))
                    .append(") came from your stream at their exact time");
            if (!medians.isEmpty()) h.append("; a typical day's median delay from repost to index: ").append(duration(medians.get(medians.size() / 2)));
            h.append(". The rest came from artists' lists read by the sweeps.");
        }
        h.append(" Stream checkpoint: ").append(m.feedCheckpoint() == null ? "none (the stream was never read)" : stamp(m.feedCheckpoint())).append(".</p>");
        if (!m.freshness().isEmpty()) {
            h.append("<table><thead><tr><th>day</th><th>new links</th><th>from the stream</th><th>median delay</th></tr></thead><tbody>");
            List<ReportModel.FreshDay> days = m.freshness();
            for (ReportModel.FreshDay d : days.subList(Math.max(0, days.size() - 7), days.size())) {
                h.append("<tr><td>").append(DAY.format(Instant.ofEpochMilli(d.day()))).append("</td><td>").append(d.links()).append("</td><td>")
                        .append(d.exact()).append("</td><td>").append(d.medianDelayMs() == null ? "n/a" : duration(d.medianDelayMs())).append("</td></tr>");
            }
            h.append("</tbody></table>");
        }
    }

    // ---- drawing helpers ----

    private void svgOpen(int height, String label) {
        h.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(W).append(' ').append(height)
                .append("\" role=\"img\" aria-label=\"").append(esc(label)).append("\">");
    }

    private void axisY(int left, int top, int plotH, int max, String unit) {
        for (int t = 0; t <= 2; t++) {
            int v = (int) Math.round(max * t / 2.0);
            double y = top + plotH - plotH * v / (double) Math.max(1, max);
            h.append("<line x1=\"").append(left).append("\" x2=\"").append(W - 48).append("\" y1=\"").append(f(y)).append("\" y2=\"").append(f(y))
                    .append("\" class=\"grid\"/><text x=\"").append(left - 6).append("\" y=\"").append(f(y + 4))
                    .append("\" class=\"axis\" text-anchor=\"end\">").append(v).append("</text>");
        }
        h.append("<text x=\"4\" y=\"").append(top - 6 < 10 ? 10 : top - 6).append("\" class=\"axis\">").append(esc(unit)).append("</text>");
    }

    private void empty(String text) {
        h.append("<p class=\"empty\">").append(esc(text)).append("</p>");
    }

    private static double niceMax(double v) {
        if (v <= 1) return 1;
        double step = Math.pow(10, Math.floor(Math.log10(v)));
        for (double k : new double[] {1, 2, 2.5, 5, 10}) if (k * step >= v) return k * step;
        return 10 * step;
    }

    static String esc(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c < 0x20 && c != '\t' ? ' ' : c);
            }
        }
        return b.toString();
    }

    /** Only http(s) links to SoundCloud's own site become links; anything else (javascript:, data:) is text. */
    static boolean safeUrl(String url) {
        return url != null && url.matches("https://(www\\.|m\\.)?soundcloud\\.com/[^\\s\"<>]*");
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String num(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, v < 1 ? "%.2f" : "%.1f", v);
    }

    private static String pct(int part, int whole) {
        return pct(part / (double) whole);
    }

    private static String pct(double share) {
        return Math.round(share * 100) + " %";
    }

    private static String stamp(long millis) {
        return STAMP.format(Instant.ofEpochMilli(millis));
    }

    private static String duration(long ms) {
        long minutes = ms / 60_000;
        if (minutes < 90) return minutes + " min";
        long hours = minutes / 60;
        return hours < 48 ? hours + " h" : hours / 24 + " days";
    }

    private static final String CSS = """
            :root{color-scheme:light}
            body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2933;background:#f7f8fa;margin:0 auto;max-width:820px;padding:24px}
            h1{font-size:26px;margin:0 0 4px}h2{font-size:19px;margin:0 0 6px}h3{font-size:16px;margin:18px 0 4px}
            section{background:#fff;border:1px solid #e1e4e8;border-radius:8px;padding:16px 18px;margin:16px 0}
            .cards{display:grid;grid-template-columns:repeat(4,1fr);gap:12px;background:none;border:0;padding:0}
            .card{background:#fff;border:1px solid #e1e4e8;border-radius:8px;padding:12px}
            .card .label{font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:#52606d}
            .card .value{font-size:24px;font-weight:600;margin:2px 0}
            .muted{color:#616e7c;font-size:13px}.empty{color:#52606d;font-style:italic}
            svg{width:100%;height:auto;display:block;margin:8px 0}
            .axis{font-size:11px;fill:#52606d}.grid{stroke:#e4e7eb}.noisy{font-size:11px;fill:#c62828;font-weight:600}
            table{border-collapse:collapse;width:100%;font-size:13px;margin-top:8px}
            th,td{text-align:left;padding:5px 6px;border-bottom:1px solid #eef0f2;vertical-align:top}
            th{color:#52606d;font-weight:600}
            .picks ul{margin:0;padding-left:16px}.kind{font-size:11px;color:#616e7c;background:#eef0f2;border-radius:3px;padding:0 4px}
            a{color:#1565c0;text-decoration:none}summary{cursor:pointer;color:#1565c0;margin:8px 0}
            """;
}
