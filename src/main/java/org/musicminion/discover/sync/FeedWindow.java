package org.musicminion.discover.sync;

import java.time.Duration;

import org.musicminion.discover.config.Settings;

/**
 * How far one sync reads the stream: back to the checkpoint minus {@code overlap} (items delivered
 * late), or {@code lookback} on the first run, and never more than {@code maxPages} pages.
 */
public record FeedWindow(int maxPages, Duration lookback, Duration overlap) {
    public FeedWindow {
        if (maxPages < 1) throw new IllegalArgumentException("max pages must be >= 1");
        if (lookback.isNegative() || overlap.isNegative()) throw new IllegalArgumentException("lookback and overlap must be >= 0");
    }

    public static FeedWindow from(Settings.Sync s) {
        return new FeedWindow(s.feedMaxPages(), Duration.ofDays(s.feedLookbackDays()), Duration.ofMinutes(s.feedOverlapMinutes()));
    }

    /** The oldest time this run reads back to (epoch millis). */
    public long readsBackTo(Long checkpoint, long now) {
        return checkpoint == null ? now - lookback.toMillis() : checkpoint - overlap.toMillis();
    }
}
