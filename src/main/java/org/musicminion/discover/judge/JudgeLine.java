package org.musicminion.discover.judge;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One output line of `judge`: the contract's {@code urn, judgment, previous}, plus the input, whether
 * the index knows the track, the remote result with --remote, and the error when the line failed
 * ({@code invalid}, {@code not_found}, {@code not_a_track}, or a failure class).
 */
@JsonPropertyOrder({"input", "urn", "judgment", "previous", "in_index", "remote", "error"})
public record JudgeLine(String input, String urn, String judgment, String previous,
                        @com.fasterxml.jackson.annotation.JsonProperty("in_index") Boolean inIndex,
                        @JsonInclude(JsonInclude.Include.NON_NULL) String remote, String error) {

    static JudgeLine failed(String input, String error) {
        return new JudgeLine(input, null, null, null, null, null, error);
    }

    /** True when the local verdict was not recorded. */
    public boolean failedLocally() {
        return error != null && urn == null;
    }
}
