package org.musicminion.discover.http;

/**
 * Supplies the access token for API calls. Implementations (in {@code auth}) cache in memory,
 * refresh when due, and coordinate refreshes across processes.
 */
public interface TokenSource {
    /** A valid access token, refreshed first if due. Throws ExitException(4) when there is none. */
    String accessToken();

    /**
     * The server refused {@code rejected} with 401: refresh once and return the new token, or throw
     * ExitException(4) when the grant is gone.
     */
    String refreshAfterRejection(String rejected);

    /**
     * Reads a token already on disk into memory ahead of the first request, without any network
     * call, so it can overlap other start-up work. Never throws: a problem is reported by
     * {@link #accessToken()} when a request needs the token.
     */
    default void preload() {}
}
