package org.musicminion.discover.resolve;

import java.time.Duration;

/**
 * Counts of one resolve run. {@code failedPermanent} are failures a rerun will not fix (e.g. HTTP 403);
 * the rest of {@code failed} were transient (throttled, 5xx, timeouts, connection) after all retries.
 */
public record ResolveSummary(long resolved, long notFound, long failed, long failedPermanent, long invalid, long cached,
                             Duration elapsed, boolean interrupted) {

    public long total() {
        return resolved + notFound + failed + invalid;
    }

    /** Inputs answered per second of the run. */
    public double perSecond() {
        double s = elapsed.toNanos() / 1e9;
        return s <= 0 ? 0 : total() / s;
    }
}
