package org.musicminion.discover.resolve;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;

import org.musicminion.discover.http.OutcomeKind;
import org.musicminion.discover.soundcloud.Urn;

/**
 * The answer for one input, as printed (one NDJSON line, every field always present):
 * status {@code resolved | not_found | failed | invalid}; kind/id/urn when resolved; the error
 * class when failed; HTTP attempts made (0 when answered from the cache or invalid). {@code failure}
 * is how the last attempt of a failed input ended ({@link OutcomeKind}; null otherwise), not printed.
 */
@JsonPropertyOrder({"input", "status", "kind", "id", "urn", "error", "attempts", "cached"})
public record ResolveResult(String input, Status status, Urn.Kind kind, Long id, String urn, String error,
                            @JsonIgnore OutcomeKind failure, int attempts, boolean cached) {

    /** What became of one input, with the word printed for it. */
    public enum Status {
        RESOLVED("resolved"), NOT_FOUND("not_found"), FAILED("failed"), INVALID("invalid");

        private final String word;

        Status(String word) {
            this.word = word;
        }

        @JsonValue
        public String word() {
            return word;
        }

        @Override
        public String toString() {
            return word;
        }
    }

    public static ResolveResult resolved(String input, Urn r, int attempts, boolean cached) {
        return new ResolveResult(input, Status.RESOLVED, r.kind(), r.id(), r.toString(), null, null, attempts, cached);
    }

    public static ResolveResult notFound(String input, int attempts, boolean cached) {
        return new ResolveResult(input, Status.NOT_FOUND, null, null, null, null, null, attempts, cached);
    }

    /** A failure: {@code error} is the printed class, {@code failure} how the last attempt ended. */
    public static ResolveResult failed(String input, String error, OutcomeKind failure, int attempts) {
        return new ResolveResult(input, Status.FAILED, null, null, null, error, failure, attempts, false);
    }

    public static ResolveResult invalid(String input) {
        return new ResolveResult(input, Status.INVALID, null, null, null, "invalid_input", null, 0, false);
    }

    /** True for a failure that the same request would repeat (a 4xx, a body over the cap): rerunning will not help. */
    @JsonIgnore
    public boolean failedPermanently() {
        return status == Status.FAILED && failure == OutcomeKind.PERMANENT;
    }

    /** The same answer for another input line (a repeat within one run): no attempts of its own. */
    public ResolveResult forInput(String otherInput) {
        return new ResolveResult(otherInput, status, kind, id, urn, error, failure, 0, cached);
    }

    /** True when this is an answer worth keeping (resolved or not_found, fresh from the server). */
    @JsonIgnore
    public boolean cacheable() {
        return !cached && (status == Status.RESOLVED || status == Status.NOT_FOUND);
    }
}
