package org.musicminion.discover.http;

import java.time.Duration;

/**
 * Per-call settings: the token source (null: no Authorization header), whether redirects are
 * followed, whether the body must be JSON, the per-attempt timeout (null: the client's
 * http.timeout_seconds) and attempt hooks.
 */
public record CallOptions(TokenSource tokens, boolean followRedirects, boolean expectJson, Duration timeout,
                          AttemptListener listener) {

    public static CallOptions json(TokenSource tokens) {
        return new CallOptions(tokens, true, true, null, AttemptListener.NONE);
    }

    public CallOptions withoutRedirects() {
        return new CallOptions(tokens, false, expectJson, timeout, listener);
    }

    public CallOptions withExpectJson(boolean expect) {
        return new CallOptions(tokens, followRedirects, expect, timeout, listener);
    }

    public CallOptions withTimeout(Duration t) {
        return new CallOptions(tokens, followRedirects, expectJson, t, listener);
    }

    public CallOptions withListener(AttemptListener l) {
        return new CallOptions(tokens, followRedirects, expectJson, timeout, l);
    }
}
