package org.musicminion.discover.judge;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.musicminion.discover.Judgment;
import org.musicminion.discover.http.OutcomeKind;

/**
 * One output line of `judge`: the contract's {@code urn, judgment, previous}, plus the input, whether
 * the index knows the track, the remote result with --remote, and the error when the line failed
 * ({@code invalid}, {@code not_found}, {@code not_a_track}, or a failure class). {@code problem} says
 * (typed) why an input was not judged, {@code cause} how resolving it ended; neither is printed.
 */
@JsonPropertyOrder({"input", "urn", "judgment", "previous", "in_index", "remote", "error"})
public record JudgeLine(String input, String urn, Judgment judgment, Judgment previous,
                        Boolean inIndex,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Remote remote, String error,
                        @JsonIgnore Problem problem, @JsonIgnore OutcomeKind cause) {

    /**
     * How the --remote write of a judged line went, printed as its word: written, failed, or queued for the day's write
     * budget (a later sync sends it).
     */
    public enum Remote {
        OK("ok"), FAILED("failed"), QUEUED("queued");

        private final String word;

        Remote(String word) {
            this.word = word;
        }

        @com.fasterxml.jackson.annotation.JsonValue
        public String word() {
            return word;
        }

        /** The word of a queued verdict's write result (none: it was not queued, so nothing to write). */
        static Remote of(org.musicminion.discover.writes.VerdictWrites.Result r) {
            if (r == null) return OK;
            return switch (r.status()) {
                case SENT -> OK;
                case QUEUED -> QUEUED;
                case FAILED -> FAILED;
            };
        }
    }

    /** Why an input was not judged locally; {@link #word()} is what {@code error} starts with. */
    public enum Problem {
        /** Not a track id, URN, URL or slug. */
        INVALID("invalid"),
        /** SoundCloud has no such track. */
        NOT_FOUND("not_found"),
        /** The URL names a user or playlist. */
        NOT_A_TRACK("not_a_track"),
        /** Resolving failed after the retries (a rerun may work). */
        FAILED("failed");

        private final String word;

        Problem(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    /** A judged line; {@code error} is why the remote write failed, or null. */
    static JudgeLine judged(String input, String urn, Judgment judgment, Judgment previous, boolean inIndex, Remote remote,
                            String error) {
        return new JudgeLine(input, urn, judgment, previous, inIndex, remote, error, null, null);
    }

    /** A line not judged: {@code error} as printed, {@code cause} how resolving ended (null when no request said). */
    static JudgeLine failed(String input, Problem problem, String error, OutcomeKind cause) {
        return new JudgeLine(input, null, null, null, null, null, error, problem, cause);
    }

    /** A line not judged, printed as the problem's word. */
    static JudgeLine failed(String input, Problem problem) {
        return failed(input, problem, problem.word(), null);
    }

    /** True when the local verdict was not recorded. */
    @JsonIgnore
    public boolean failedLocally() {
        return problem != null;
    }
}
