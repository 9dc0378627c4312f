package org.musicminion.discover.ranking.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An SVG bar chart of the bench: per listener (and pooled), one bar per ranking for the pushed playlist's mean hidden
 * keep probability over the steady days, averaged over the world seeds.
 */
final class KeepRateChart {
    private static final String[] COLOURS = {"#1b9e77", "#7570b3", "#d95f02", "#888888", "#e7298a", "#66a61e"};

    private KeepRateChart() {}

    static String svg(List<KeepRateBench.Run> runs, KeepRateBench.Setup s) {
        List<String> groups = new ArrayList<>(s.listeners());
        if (groups.size() > 1) groups.add("pooled");
        List<String> policies = s.policies();
        double[][] v = new double[groups.size()][policies.size()];
        for (int g = 0; g < s.listeners().size(); g++) {
            for (int p = 0; p < policies.size(); p++) {
                for (KeepRateBench.Run r : runs) {
                    if (r.listener().equals(groups.get(g)) && r.policy().equals(policies.get(p))) v[g][p] += r.meanKeep(s.steadyFrom()) / s.seeds().size();
                }
                if (groups.size() > s.listeners().size()) v[groups.size() - 1][p] += v[g][p] / s.listeners().size();
            }
        }
        int bar = 12;
        int gap = 18;
        int left = 50;
        int top = 20;
        int ph = 220;
        int groupW = bar * policies.size() + gap;
        int w = left + groupW * groups.size() + 170;
        int h = top + ph + 50;
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"11\">%n", w, h));
        b.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", w, h));
        for (int i = 0; i <= 5; i++) {
            double y = top + ph - ph * i / 5.0;
            b.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#dddddd\"/>%n", left, y, left + groupW * groups.size(), y));
            b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%.1f</text>%n", left - 6, y + 4, i / 5.0));
        }
        for (int g = 0; g < groups.size(); g++) {
            int x0 = left + gap / 2 + g * groupW;
            for (int p = 0; p < policies.size(); p++) {
                double bh = ph * Math.min(1, v[g][p]);
                b.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" fill=\"%s\"><title>%s, %s: %.3f</title></rect>%n",
                        x0 + p * bar, top + ph - bh, bar - 1, bh, COLOURS[p % COLOURS.length], groups.get(g), policies.get(p), v[g][p]));
            }
            b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>%n", x0 + bar * policies.size() / 2, top + ph + 16,
                    groups.get(g)));
        }
        b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">mean keep probability of the pushed playlist, days %d-%d, %d world seeds</text>%n",
                left, h - 8, s.steadyFrom(), s.days(), s.seeds().size()));
        int lx = left + groupW * groups.size() + 14;
        for (int p = 0; p < policies.size(); p++) {
            int ly = top + 10 + p * 18;
            b.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"10\" fill=\"%s\"/>%n", lx, ly - 9, COLOURS[p % COLOURS.length]));
            b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>%n", lx + 18, ly, policies.get(p)));
        }
        b.append("</svg>\n");
        return b.toString();
    }
}
