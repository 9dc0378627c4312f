package org.musicminion.discover.http;

/** How an HTTP attempt ended, as the retry loop and callers see it. */
public enum OutcomeKind {
    /** 2xx, or 3xx when redirects are off (the Location is the answer). */
    SUCCESS,
    /** 404: permanent, never retried. */
    NOT_FOUND,
    /** 400/403/422 and other 4xx: permanent, never retried. */
    PERMANENT,
    /** 401: the token was refused; refreshed once, then the user must log in. */
    AUTH,
    /** 429: retried after the Retry-After it carried, or a backoff. */
    THROTTLED,
    /** 5xx, timeouts, connection errors, truncated or unparsable bodies: retried with backoff. */
    TRANSIENT;

    public boolean retryable() {
        return this == THROTTLED || this == TRANSIENT;
    }
}
