package org.musicminion.discover.http;

import org.musicminion.discover.ExitCode;
import org.musicminion.discover.ExitException;

/**
 * A call that did not succeed after its retries. Keeps the outcome as data so callers classify by
 * kind, not by message. As an {@link ExitException} it ends the command with exit 4 for 401, else 1.
 */
public final class ApiException extends ExitException {
    private final Outcome outcome;
    private final int attempts;

    public ApiException(String method, String url, Outcome outcome, int attempts, String serverMessage) {
        this(method, url, outcome, attempts, serverMessage, null);
    }

    /** @param failure why no answer came, for people ("connection refused to 127.0.0.1:8080"), or null */
    public ApiException(String method, String url, Outcome outcome, int attempts, String serverMessage, String failure) {
        super(outcome.kind() == OutcomeKind.AUTH ? ExitCode.NOT_AUTHENTICATED : ExitCode.FAILED,
                describe(method, url, outcome, attempts, serverMessage, failure));
        this.outcome = outcome;
        this.attempts = attempts;
    }

    public Outcome outcome() {
        return outcome;
    }

    public int attempts() {
        return attempts;
    }

    public boolean notFound() {
        return outcome.kind() == OutcomeKind.NOT_FOUND;
    }

    private static String describe(String method, String url, Outcome o, int attempts, String serverMessage, String failure) {
        String what = method + " " + Redact.url(url) + ": " + (failure != null ? failure : o.errorClass())
                + (o.status() > 0 ? " (HTTP " + o.status() + ")" : "")
                + (attempts > 1 ? " after " + attempts + " attempts" : "")
                + (serverMessage == null || serverMessage.isBlank() ? "" : ": " + serverMessage);
        if (o.kind() == OutcomeKind.AUTH) return what + "; run: minion-discover auth login";
        if (Outcome.TOO_LARGE.equals(o.errorClass())) {
            return what + "; the answer was larger than the tool reads (" + CallOptions.MAX_BODY_BYTES / (1024 * 1024)
                    + " MiB), so it was not used";
        }
        if (o.kind() == OutcomeKind.THROTTLED && o.retryAfter() != null) {
            return what + " (server asked to wait " + o.retryAfter().toSeconds() + " s; try later)";
        }
        return what;
    }
}
