package org.musicminion.discover.sync;

/** Hears how a sync run advances (the terminal progress bar). Called from fetch threads. */
public interface SyncProgress extends AutoCloseable {
    SyncProgress NONE = new SyncProgress() {};

    /** Fetching starts for {@code artists} artists. */
    default void started(int artists) {}

    /** One artist's lists are fetched; {@code requests} so far in this run. */
    default void artistDone(long requests) {}

    /** A named step after fetching (judgments, merge, playlist). */
    default void step(String name) {}

    @Override
    default void close() {}
}
