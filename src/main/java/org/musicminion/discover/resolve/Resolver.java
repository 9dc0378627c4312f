package org.musicminion.discover.resolve;

import org.musicminion.discover.http.ApiResponse;
import org.musicminion.discover.http.AttemptListener;
import org.musicminion.discover.http.CallOptions;
import org.musicminion.discover.http.OutcomeKind;
import org.musicminion.discover.http.TokenSource;
import org.musicminion.discover.soundcloud.SoundCloud;
import org.musicminion.discover.soundcloud.Urn;

/**
 * Resolves one normalized input with {@code GET /resolve?url=...}, redirects off: the id comes from
 * the 302 Location (a 200 with a JSON body is read too). A 302 that points at another
 * soundcloud.com permalink (what a short link expands to) is resolved once more. 404 is
 * {@code not_found}; anything still failing after the HTTP policy's retries is {@code failed}
 * with its error class. Thread-safe.
 */
public final class Resolver {
    private final SoundCloud soundcloud;
    private final CallOptions options;

    /** @param listener per-attempt hooks of resolve's own (its latency-derived timeout); the rate limit is the client's */
    public Resolver(SoundCloud soundcloud, TokenSource tokens, AttemptListener listener) {
        this.soundcloud = soundcloud;
        this.options = CallOptions.json(tokens).withoutRedirects().withListener(listener);
    }

    public ResolveResult resolve(NormalizedInput in) {
        return resolve(in.input(), in.url(), 0, true);
    }

    private ResolveResult resolve(String input, String url, int attemptsBefore, boolean mayFollow) {
        ApiResponse r = soundcloud.resolve(url, options);
        int attempts = attemptsBefore + r.attempts();
        if (r.ok()) {
            Urn res = r.status() >= 300 ? Urn.fromLocation(r.location()) : Urn.fromJson(r.json());
            if (res != null) return ResolveResult.resolved(input, res, attempts, false);
            if (mayFollow && r.status() >= 300) {
                String permalink = InputNormalizer.canonical(r.location());
                if (permalink != null && !permalink.equals(url)) return resolve(input, permalink, attempts, false);
            }
            return ResolveResult.failed(input, "bad_response", OutcomeKind.TRANSIENT, attempts);
        }
        if (r.outcome().kind() == OutcomeKind.AUTH) r.orThrow(); // the token was refused twice: exit 4, log in again
        if (r.outcome().kind() == OutcomeKind.NOT_FOUND) return ResolveResult.notFound(input, attempts, false);
        return ResolveResult.failed(input, r.outcome().errorClass(), r.outcome().kind(), attempts);
    }
}
