package org.musicminion.discover.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.musicminion.discover.store.ArtistInfo;
import org.musicminion.discover.store.ArtistSchedule;

/**
 * Decides which followed artists a sync run fetches: those due by their adaptive check interval
 * ({@link CheckInterval}; artists never checked are due), or every one with {@code all}
 * ({@code sync --all} / {@code --full}).
 */
public final class ArtistSelection {

    /**
     * The artists to fetch this run ({@code fetch}), those left for a later run ({@code skipped}), and
     * how many were due by their schedule ({@code due}; with {@code all} some fetched ones were not).
     */
    public record Plan(List<ArtistInfo> fetch, List<ArtistInfo> skipped, int due) {
    }

    private final boolean all;

    public ArtistSelection(boolean all) {
        this.all = all;
    }

    public Plan select(List<ArtistInfo> followed, Map<String, ArtistSchedule.Slot> schedule, long now) {
        List<ArtistInfo> fetch = new ArrayList<>();
        List<ArtistInfo> skipped = new ArrayList<>();
        int due = 0;
        for (ArtistInfo a : followed) {
            boolean isDue = CheckInterval.due(schedule.get(a.urn()), now);
            if (isDue) due++;
            if (isDue || all) fetch.add(a);
            else skipped.add(a);
        }
        return new Plan(fetch, skipped, due);
    }
}
