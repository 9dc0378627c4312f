package org.musicminion.discover.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.musicminion.discover.store.ArtistInfo;
import org.musicminion.discover.store.ArtistSchedule;

/**
 * Decides which followed artists a sync run fetches: those due by their adaptive check interval
 * ({@link CheckInterval}; artists never checked are due), or every one with {@code all}
 * ({@code sync --all} / {@code --full}). With a sweep bound ({@code sync.sweep_interval_hours}, the feed
 * on), an artist not due whose reposts list was last read longer ago than the bound has that list alone
 * swept: the stream carries reposts and thins them for prolific accounts, so the bound is what makes a
 * thinned repost arrive; likes never come through the stream and keep the adaptive schedule.
 */
public final class ArtistSelection {

    /**
     * The artists to fetch fully this run ({@code fetch}), those whose reposts list alone is swept
     * ({@code repostsOnly}), those left for a later run ({@code skipped}, including the reposts-only
     * ones: their full check is not done), and how many were due by their schedule ({@code due}; with
     * {@code all} some fetched ones were not).
     */
    public record Plan(List<ArtistInfo> fetch, List<ArtistInfo> repostsOnly, List<ArtistInfo> skipped, int due) {
    }

    private static final long HOUR_MS = 3_600_000L;

    private final boolean all;
    private final Integer sweepHours;

    /** {@code sweepHours}: the longest a reposts list waits between sweeps; null for none (the feed off). */
    public ArtistSelection(boolean all, Integer sweepHours) {
        this.all = all;
        this.sweepHours = sweepHours;
    }

    /** {@code repostsSweptAt}: when each artist's reposts list was last read completely (absent: never). */
    public Plan select(List<ArtistInfo> followed, Map<String, ArtistSchedule.Slot> schedule, Map<String, Long> repostsSweptAt,
                       long now) {
        List<ArtistInfo> fetch = new ArrayList<>();
        List<ArtistInfo> repostsOnly = new ArrayList<>();
        List<ArtistInfo> skipped = new ArrayList<>();
        int due = 0;
        for (ArtistInfo a : followed) {
            boolean isDue = CheckInterval.due(schedule.get(a.urn()), now);
            if (isDue) due++;
            if (isDue || all) {
                fetch.add(a);
                continue;
            }
            skipped.add(a);
            if (repostsDue(repostsSweptAt.get(a.urn()), now)) repostsOnly.add(a);
        }
        return new Plan(fetch, repostsOnly, skipped, due);
    }

    private boolean repostsDue(Long sweptAt, long now) {
        if (sweepHours == null) return false;
        return sweptAt == null || sweptAt + sweepHours * HOUR_MS <= now + CheckInterval.GRACE_MS;
    }
}
