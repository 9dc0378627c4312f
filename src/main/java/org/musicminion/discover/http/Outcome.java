package org.musicminion.discover.http;

import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;

/**
 * The classification of one HTTP attempt, as data: kind, status (0 when no response),
 * a short error class for users ({@code rate_limited}, {@code server_error_503}, {@code timeout},
 * {@code connection}, {@code bad_response}, {@code not_found}, {@code http_403}, {@code unauthorized})
 * and the Retry-After the server asked for (null when none).
 */
public record Outcome(OutcomeKind kind, int status, String errorClass, Duration retryAfter) {

    public static final Outcome OK = new Outcome(OutcomeKind.SUCCESS, 200, null, null);

    /** Classifies a response status; {@code retryAfterHeader} is read for 429 and 503. */
    public static Outcome ofStatus(int status, String retryAfterHeader, Instant now) {
        if (status >= 200 && status < 400) return new Outcome(OutcomeKind.SUCCESS, status, null, null);
        if (status == 404) return new Outcome(OutcomeKind.NOT_FOUND, status, "not_found", null);
        if (status == 401) return new Outcome(OutcomeKind.AUTH, status, "unauthorized", null);
        if (status == 429) {
            return new Outcome(OutcomeKind.THROTTLED, status, "rate_limited", RetryAfter.parse(retryAfterHeader, now));
        }
        if (status >= 500) {
            return new Outcome(OutcomeKind.TRANSIENT, status, "server_error_" + status, RetryAfter.parse(retryAfterHeader, now));
        }
        if (status == 408) return new Outcome(OutcomeKind.TRANSIENT, status, "timeout", null);
        return new Outcome(OutcomeKind.PERMANENT, status, "http_" + status, null);
    }

    /** Classifies an exception thrown by the call (no response, or the body broke off). */
    public static Outcome ofException(IOException e) {
        if (e instanceof BodyBudget.Exceeded) return new Outcome(OutcomeKind.TRANSIENT, 0, BODY_BUDGET, null);
        if (e instanceof SocketTimeoutException || (e instanceof InterruptedIOException && "timeout".equals(e.getMessage()))) {
            return new Outcome(OutcomeKind.TRANSIENT, 0, "timeout", null);
        }
        if (e instanceof EOFException) return badResponse();
        if (e instanceof ConnectException || e instanceof UnknownHostException) {
            return new Outcome(OutcomeKind.TRANSIENT, 0, "connection", null);
        }
        return new Outcome(OutcomeKind.TRANSIENT, 0, "connection", null);
    }

    /** The error class of an answer that found no room in the process's budget of bodies in flight (retried). */
    public static final String BODY_BUDGET = "body_budget";

    /** The error class of a body longer than the cap. */
    public static final String TOO_LARGE = "response_too_large";

    /** A body longer than the cap: permanent (the same request would bring the same body). */
    public static Outcome tooLarge(int status) {
        return new Outcome(OutcomeKind.PERMANENT, status, TOO_LARGE, null);
    }

    /** The error class of a redirect to another origin than api_url's (or one too many): not followed. */
    public static final String REDIRECTED_ELSEWHERE = "redirected_elsewhere";

    /** A redirect that was not followed: permanent (the server would send the same one again). */
    public static Outcome redirectedElsewhere(int status) {
        return new Outcome(OutcomeKind.PERMANENT, status, REDIRECTED_ELSEWHERE, null);
    }

    /** A body that was truncated or could not be parsed. */
    public static Outcome badResponse() {
        return new Outcome(OutcomeKind.TRANSIENT, 0, "bad_response", null);
    }

    public boolean success() {
        return kind == OutcomeKind.SUCCESS;
    }
}
