package org.musicminion.discover;

import java.time.Duration;

/** Waits; injected so that backoff and expiry tests never really sleep. */
@FunctionalInterface
public interface Sleeper {
    void sleep(Duration d) throws InterruptedException;

    Sleeper SYSTEM = d -> {
        if (!d.isNegative() && !d.isZero()) Thread.sleep(d.toMillis(), (int) (d.toNanosPart() % 1_000_000));
    };
}
