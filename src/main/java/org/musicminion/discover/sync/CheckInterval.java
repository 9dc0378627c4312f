package org.musicminion.discover.sync;

import org.musicminion.discover.config.Settings;
import org.musicminion.discover.store.ArtistSchedule;

/**
 * The adaptive per-artist check interval: an artist whose lists brought something new is checked
 * again after {@code minHours}; one whose lists had nothing new waits twice as long as last time,
 * up to {@code maxHours} (an artist's first check starts at {@code minHours}). An artist counts as
 * due a little early ({@link #GRACE_MS}), so an hourly cron that starts a few seconds earlier than
 * last time does not postpone it by an hour. After an artist's first check, the second comes at a
 * fixed point between half and the whole of {@code minHours}, chosen by the artist's URN: artists
 * followed together (a first sync of the whole roster) then fall due in different hours instead
 * of all at once, and keep those different phases as their intervals double.
 */
public record CheckInterval(double minHours, double maxHours) {
    /** How early an artist counts as due. */
    public static final long GRACE_MS = 5 * 60_000L;
    private static final double HOUR_MS = 3_600_000.0;

    public CheckInterval {
        if (minHours < 0 || maxHours <= 0) throw new IllegalArgumentException("intervals must be positive");
        minHours = Math.min(minHours, maxHours);
    }

    /**
     * The configured intervals, the same with the feed on or off: the stream brings reposts, not likes, so
     * the bound on what it thinned away ({@code sync.sweep_interval_hours}) is kept by sweeping the
     * reposts list alone ({@link ArtistSelection}), not by shortening the whole check.
     */
    public static CheckInterval from(Settings.Sync sync) {
        return new CheckInterval(sync.minIntervalHours(), sync.maxIntervalDays() * 24.0);
    }

    /** The interval after a check that found something new ({@code foundNew}) or not. */
    public double next(Double currentHours, boolean foundNew) {
        if (foundNew || currentHours == null) return minHours;
        return Math.min(maxHours, Math.max(minHours, currentHours * 2));
    }

    /** The schedule of {@code artistUrn} after a check made at {@code checkedAt}. */
    public ArtistSchedule.Slot after(String artistUrn, ArtistSchedule.Slot current, boolean foundNew, long checkedAt) {
        double hours = next(current.intervalHours(), foundNew);
        double wait = current.intervalHours() == null ? hours * (0.5 + 0.5 * spread(artistUrn)) : hours;
        return new ArtistSchedule.Slot(hours, checkedAt + Math.round(wait * HOUR_MS));
    }

    /** A stable value in [0, 1) per artist (the same URN always gives the same value). */
    static double spread(String artistUrn) {
        int h = artistUrn.hashCode() * 0x9E3779B9; // scramble: neighbouring URNs differ in their last digit only
        return ((h >>> 8) & 0xFFFFFF) / (double) (1 << 24);
    }

    /** True when an artist with this schedule should be fetched at {@code now}. */
    public static boolean due(ArtistSchedule.Slot slot, long now) {
        return slot == null || slot.nextCheckAt() == null || slot.nextCheckAt() <= now + GRACE_MS;
    }
}
