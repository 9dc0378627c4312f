package org.musicminion.discover.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.musicminion.discover.store.ArtistSchedule;

class CheckIntervalTest {
    private static final long HOUR = 3_600_000L;
    private final CheckInterval interval = new CheckInterval(6, 24);

    @Test
    void theAdaptiveIntervalIsTheSameWithTheFeedOnOrOff() {
        var feedOn = org.musicminion.discover.config.Settings.of(null, java.util.Map.of("sync.sweep_interval_hours", 24L)).sync();
        var feedOff = org.musicminion.discover.config.Settings.of(null, java.util.Map.of("sync.feed", false)).sync();
        CheckInterval on = CheckInterval.from(feedOn);
        assertEquals(30 * 24.0, on.maxHours(), "the sweep bound is kept by a reposts-only sweep (ArtistSelection), not here");
        assertEquals(192.0, on.next(96.0, false), "a quiet artist's full check keeps doubling");
        assertEquals(6.0, on.next(96.0, true));
        assertEquals(CheckInterval.from(feedOff), on);
    }

    @Test
    void quietArtistsWaitTwiceAsLongUpToTheMaximumAndNewItemsResetToTheMinimum() {
        assertEquals(6, interval.next(null, false));
        assertEquals(12, interval.next(6.0, false));
        assertEquals(24, interval.next(12.0, false));
        assertEquals(24, interval.next(24.0, false));
        assertEquals(6, interval.next(24.0, true));
    }

    @Test
    void afterTheFirstCheckTheSecondComesWithinTheMinimumIntervalAtAStablePerArtistPoint() {
        ArtistSchedule.Slot a = interval.after("soundcloud:users:1", ArtistSchedule.Slot.NEW, false, 0);
        assertEquals(6.0, a.intervalHours());
        assertTrue(a.nextCheckAt() >= 3 * HOUR && a.nextCheckAt() <= 6 * HOUR, "between half and all of 6 h: " + a);
        assertEquals(a, interval.after("soundcloud:users:1", ArtistSchedule.Slot.NEW, false, 0), "the same URN, the same point");
    }

    @Test
    void laterChecksWaitExactlyTheInterval() {
        ArtistSchedule.Slot s = interval.after("soundcloud:users:1", new ArtistSchedule.Slot(6.0, 0L), false, 10 * HOUR);
        assertEquals(new ArtistSchedule.Slot(12.0, 22 * HOUR), s);
        ArtistSchedule.Slot reset = interval.after("soundcloud:users:1", new ArtistSchedule.Slot(24.0, 0L), true, 10 * HOUR);
        assertEquals(new ArtistSchedule.Slot(6.0, 16 * HOUR), reset);
    }

    @Test
    void aRosterFollowedTogetherFallsDueInDifferentHours() {
        Map<Long, Integer> byHour = new HashMap<>();
        for (int i = 0; i < 2000; i++) {
            long next = interval.after("soundcloud:users:" + (100_000 + i), ArtistSchedule.Slot.NEW, false, 0).nextCheckAt();
            byHour.merge((next + HOUR - 1) / HOUR, 1, Integer::sum); // the hourly cron run that picks it up
        }
        assertEquals(java.util.Set.of(4L, 5L, 6L), byHour.keySet(), byHour.toString()); // not all at hour 6
        for (int n : byHour.values()) assertTrue(n > 550 && n < 780, "roughly a third each: " + byHour);
    }
}
