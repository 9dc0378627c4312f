package org.musicminion.discover.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.musicminion.discover.ranking.Pick;
import org.musicminion.discover.store.Names;
import org.musicminion.discover.sync.IncompleteList;
import org.musicminion.discover.sync.PlaylistResult;
import org.musicminion.discover.sync.SyncSummary;

/**
 * {@code sync}'s summary for people: its one line, the lists it could not read, then the discovery
 * playlist's picks as a short table with titles, the artist each counts against and why.
 */
final class SyncView {
    private final Map<String, Names.TrackName> tracks;
    private final Map<String, String> artists;

    /** @param tracks title and uploader by track URN; @param artists username by artist URN (unknown ones show as URNs) */
    SyncView(Map<String, Names.TrackName> tracks, Map<String, String> artists) {
        this.tracks = tracks;
        this.artists = artists;
    }

    /** The track URNs of the picks (to look their titles up). */
    static List<String> trackUrns(SyncSummary s) {
        List<String> urns = new ArrayList<>();
        for (Pick p : picks(s)) urns.add(p.urn());
        return urns;
    }

    /** The artist URNs the picks count against. */
    static List<String> artistUrns(SyncSummary s) {
        List<String> urns = new ArrayList<>();
        for (Pick p : picks(s)) if (p.placedBy() != null) urns.add(p.placedBy());
        return urns;
    }

    private static List<Pick> picks(SyncSummary s) {
        PlaylistResult p = s.playlist();
        return p == null || p.picks() == null ? List.of() : p.picks();
    }

    void print(SyncSummary s, Screen screen) {
        screen.line(SyncCommand.summaryLine(s));
        for (IncompleteList l : s.incompleteLists()) screen.line("  not read completely: " + l.list() + " (" + l.reason() + ")");
        List<Pick> picks = picks(s);
        if (picks.isEmpty()) return;
        PlaylistResult p = s.playlist();
        screen.blank().line((s.dryRun() ? "Would push" : "Pushed") + " to the discovery playlist (" + p.ranking() + " ranking"
                + (Boolean.TRUE.equals(p.slotsRelaxed()) ? ", beyond the artists' slots" : "") + "):");
        TextTable t = new TextTable(TextTable.Column.fixed("#", true), TextTable.Column.text("TRACK"), TextTable.Column.text("PLACED BY"),
                TextTable.Column.fixed("SCORE", true), TextTable.Column.text("WHY"));
        int n = 0;
        for (Pick pick : picks) {
            t.row(Integer.toString(++n), TracksView.track(tracks.get(pick.urn()), pick.urn()),
                    pick.placedBy() == null ? "" : artists.getOrDefault(pick.placedBy(), pick.placedBy()),
                    String.format(Locale.ROOT, "%.3f", pick.score()), String.join("; ", pick.reasons()));
        }
        screen.table(t);
    }
}
