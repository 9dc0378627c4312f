package org.musicminion.discover.sync;

/**
 * The sweep's part of the sync summary (printed at its top level, as before the sources had parts):
 * the followed artists, those due by their check interval, those whose lists were read completely, those left
 * for a later run, those of the latter whose reposts list alone was swept, and the artist lists that answered 404.
 */
public record SweepSummary(int artists, int due, int fetched, int skipped, int repostsSwept, int listsSkipped) {
    /** No sweep ran. */
    static final SweepSummary NONE = new SweepSummary(0, 0, 0, 0, 0, 0);
}
