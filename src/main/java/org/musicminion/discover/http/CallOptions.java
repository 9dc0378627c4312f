package org.musicminion.discover.http;

import java.time.Duration;

/**
 * Per-call settings: the token source (null: no Authorization header), whether redirects are
 * followed, whether the body must be JSON, the per-attempt timeout (null: the client's
 * http.timeout_seconds), attempt hooks, and the largest response body read (a larger one is a
 * permanent {@code response_too_large} failure, never an OutOfMemoryError).
 */
public record CallOptions(TokenSource tokens, boolean followRedirects, boolean expectJson, Duration timeout,
                          AttemptListener listener, long maxBodyBytes) {
    /** The default response body cap: 16 MiB, far above any SoundCloud page (a 200-item page is ~0.5 MiB). */
    public static final long MAX_BODY_BYTES = 16L * 1024 * 1024;

    public CallOptions {
        if (maxBodyBytes < 0) throw new IllegalArgumentException("maxBodyBytes must be >= 0");
    }

    public CallOptions(TokenSource tokens, boolean followRedirects, boolean expectJson, Duration timeout, AttemptListener listener) {
        this(tokens, followRedirects, expectJson, timeout, listener, MAX_BODY_BYTES);
    }

    public static CallOptions json(TokenSource tokens) {
        return new CallOptions(tokens, true, true, null, AttemptListener.NONE, MAX_BODY_BYTES);
    }

    public CallOptions withMaxBodyBytes(long max) {
        return new CallOptions(tokens, followRedirects, expectJson, timeout, listener, max);
    }

    public CallOptions withoutRedirects() {
        return new CallOptions(tokens, false, expectJson, timeout, listener, maxBodyBytes);
    }

    public CallOptions withExpectJson(boolean expect) {
        return new CallOptions(tokens, followRedirects, expect, timeout, listener, maxBodyBytes);
    }

    public CallOptions withTimeout(Duration t) {
        return new CallOptions(tokens, followRedirects, expectJson, t, listener, maxBodyBytes);
    }

    public CallOptions withListener(AttemptListener l) {
        return new CallOptions(tokens, followRedirects, expectJson, timeout, l, maxBodyBytes);
    }
}
