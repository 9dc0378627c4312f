package org.musicminion.discover.ranking.bench;

import java.util.List;
import java.util.Locale;

/** A small SVG line chart of keep rate by day, one line per ranking, the steady days shaded. */
final class KeepRateChart {
    private static final String[] COLOURS = {"#888888", "#d95f02", "#7570b3", "#1b9e77"};

    private KeepRateChart() {}

    static String svg(List<KeepRateBench.Run> runs, int steadyFrom) {
        int w = 640;
        int h = 300;
        int left = 50;
        int right = 180;
        int top = 20;
        int bottom = 40;
        int days = runs.get(0).days().size();
        double max = 0.1;
        for (KeepRateBench.Run r : runs) for (KeepRateBench.Day d : r.days()) max = Math.max(max, d.keepRate());
        max = Math.ceil(max * 10) / 10;
        double pw = w - left - right;
        double ph = h - top - bottom;
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"11\">%n", w, h));
        b.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", w, h));
        double sx = left + pw * (steadyFrom - 1) / Math.max(1, days - 1);
        b.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%.1f\" fill=\"#f2f2f2\"/>%n", sx, top, left + pw - sx, ph));
        for (int i = 0; i <= 5; i++) {
            double v = max * i / 5;
            double y = top + ph - ph * i / 5;
            b.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#dddddd\"/>%n", left, y, left + pw, y));
            b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%.0f %%</text>%n", left - 6, y + 4, v * 100));
        }
        for (int d = 1; d <= days; d += Math.max(1, days / 6)) {
            double x = left + pw * (d - 1) / Math.max(1, days - 1);
            b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%d</text>%n", x, h - bottom + 16, d));
        }
        b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">day (shaded: days %d-%d)</text>%n", left + pw / 2, h - 6, steadyFrom, days));
        for (int r = 0; r < runs.size(); r++) {
            KeepRateBench.Run run = runs.get(r);
            StringBuilder pts = new StringBuilder();
            for (int d = 0; d < days; d++) {
                double x = left + pw * d / Math.max(1, days - 1);
                double y = top + ph - ph * run.days().get(d).keepRate() / max;
                pts.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
            }
            String c = COLOURS[r % COLOURS.length];
            b.append(String.format(Locale.ROOT, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" points=\"%s\"/>%n", c, pts.toString().trim()));
            double ly = top + 14 + r * 18;
            b.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"3\"/>%n", left + pw + 12, ly - 4, left + pw + 30, ly - 4, c));
            b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\">%s %.0f %%</text>%n", left + pw + 36, ly, run.name(), run.keepRate(steadyFrom) * 100));
        }
        b.append("</svg>\n");
        return b.toString();
    }
}
