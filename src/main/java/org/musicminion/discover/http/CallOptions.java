package org.musicminion.discover.http;

import java.time.Duration;

/**
 * Per-call settings: the token source (null: no Authorization header), whether redirects are
 * followed, whether the body must be JSON, the per-attempt timeout (null: the client's
 * http.timeout_seconds), attempt hooks, the largest response body read (a larger one is a
 * permanent {@code response_too_large} failure, never an OutOfMemoryError), and whether the request
 * may be repeated freely. A request that is not {@code idempotent} (a token grant that spends a
 * single-use refresh token) is repeated per the policy only when it surely did not reach the server
 * (connect failure) or the server refused it (429, 5xx); after a lost answer (timeout, broken
 * connection, unreadable body) it is repeated at most once, at once.
 */
public record CallOptions(TokenSource tokens, boolean followRedirects, boolean expectJson, Duration timeout,
                          AttemptListener listener, long maxBodyBytes, boolean idempotent) {
    /** The default response body cap: 16 MiB, far above any SoundCloud page (a 200-item page is ~0.5 MiB). */
    public static final long MAX_BODY_BYTES = 16L * 1024 * 1024;

    public CallOptions {
        if (maxBodyBytes < 0) throw new IllegalArgumentException("maxBodyBytes must be >= 0");
    }

    public CallOptions(TokenSource tokens, boolean followRedirects, boolean expectJson, Duration timeout, AttemptListener listener) {
        this(tokens, followRedirects, expectJson, timeout, listener, MAX_BODY_BYTES, true);
    }

    public static CallOptions json(TokenSource tokens) {
        return new CallOptions(tokens, true, true, null, AttemptListener.NONE, MAX_BODY_BYTES, true);
    }

    public CallOptions withMaxBodyBytes(long max) {
        return new CallOptions(tokens, followRedirects, expectJson, timeout, listener, max, idempotent);
    }

    /** A request that must not be repeated blindly (see the class comment). */
    public CallOptions notIdempotent() {
        return new CallOptions(tokens, followRedirects, expectJson, timeout, listener, maxBodyBytes, false);
    }

    public CallOptions withoutRedirects() {
        return new CallOptions(tokens, false, expectJson, timeout, listener, maxBodyBytes, idempotent);
    }

    public CallOptions withExpectJson(boolean expect) {
        return new CallOptions(tokens, followRedirects, expect, timeout, listener, maxBodyBytes, idempotent);
    }

    public CallOptions withTimeout(Duration t) {
        return new CallOptions(tokens, followRedirects, expectJson, t, listener, maxBodyBytes, idempotent);
    }

    public CallOptions withListener(AttemptListener l) {
        return new CallOptions(tokens, followRedirects, expectJson, timeout, l, maxBodyBytes, idempotent);
    }
}
