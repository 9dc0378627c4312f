package org.musicminion.discover.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.musicminion.discover.store.Names;

/**
 * {@code tracks} for people: one row per track with its title and uploader, who surfaced it by
 * name, the verdict and when it was first seen; with --explain the score, the artist it counts
 * against and the reasons instead of the date.
 */
final class TracksView {
    private static final int NAMES_SHOWN = 3;

    private final Map<String, String> artistNames;
    private final boolean explain;

    /** @param artistNames username by artist URN (an unknown URN shows as itself) */
    TracksView(Map<String, String> artistNames, boolean explain) {
        this.artistNames = artistNames;
        this.explain = explain;
    }

    /** Every artist URN the lines name (to look their names up). */
    static List<String> artistUrns(List<TrackLine> lines) {
        List<String> urns = new ArrayList<>();
        for (TrackLine l : lines) {
            urns.addAll(l.repostedBy());
            urns.addAll(l.likedBy());
            urns.addAll(l.uploadedBy());
            if (l.explanation() != null && l.explanation().placedBy() != null) urns.add(l.explanation().placedBy());
        }
        return urns;
    }

    void print(List<TrackLine> lines, Screen screen) {
        TextTable t = explain
                ? new TextTable(TextTable.Column.text("TRACK"), TextTable.Column.fixed("SCORE", true), TextTable.Column.text("PLACED BY"),
                        TextTable.Column.text("WHY"))
                : new TextTable(TextTable.Column.text("TRACK"), TextTable.Column.text("SURFACED BY"), TextTable.Column.fixed("JUDGMENT", false),
                        TextTable.Column.fixed("FIRST SEEN", false));
        for (TrackLine l : lines) {
            if (explain) {
                TrackLine.Explanation e = l.explanation();
                t.row(track(l.title(), l.artist(), l.urn()), e.score() == null ? "" : String.format(java.util.Locale.ROOT, "%.3f", e.score()),
                        e.placedBy() == null ? "" : name(e.placedBy()), String.join("; ", e.reasons()));
            } else {
                t.row(track(l.title(), l.artist(), l.urn()), surfacedBy(l), l.judgment() == null ? "" : l.judgment(),
                        l.firstSeen().substring(0, Math.min(10, l.firstSeen().length())));
            }
        }
        screen.table(t);
    }

    /** "Title — Uploader" (the URN when the title is unknown). */
    static String track(String title, String uploader, String urn) {
        if (title == null) return urn;
        return uploader == null ? title : title + " — " + uploader;
    }

    static String track(Names.TrackName name, String urn) {
        return name == null ? urn : track(name.title(), name.uploader(), urn);
    }

    /** "alpha, beta +2 reposted · gamma liked · delta uploaded". */
    private String surfacedBy(TrackLine l) {
        List<String> parts = new ArrayList<>();
        if (!l.repostedBy().isEmpty()) parts.add(names(l.repostedBy()) + " reposted");
        if (!l.likedBy().isEmpty()) parts.add(names(l.likedBy()) + " liked");
        if (!l.uploadedBy().isEmpty()) parts.add(names(l.uploadedBy()) + " uploaded");
        return String.join(" · ", parts);
    }

    private String names(List<String> urns) {
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < Math.min(NAMES_SHOWN, urns.size()); i++) shown.add(name(urns.get(i)));
        String s = String.join(", ", shown);
        return urns.size() > NAMES_SHOWN ? s + " +" + (urns.size() - NAMES_SHOWN) : s;
    }

    private String name(String urn) {
        return artistNames.getOrDefault(urn, urn);
    }
}
