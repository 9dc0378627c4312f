package org.musicminion.discover.resolve;

import java.io.IOException;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;

import org.musicminion.discover.JsonWritable;

/**
 * The answer for one input, as printed (one NDJSON line, every field always present):
 * status {@code resolved | not_found | failed | invalid}; kind/id/urn when resolved; the error
 * class when failed; HTTP attempts made (0 when answered from the cache or invalid).
 */
@JsonPropertyOrder({"input", "status", "kind", "id", "urn", "error", "attempts", "cached"})
public record ResolveResult(String input, String status, String kind, Long id, String urn, String error, int attempts,
                            boolean cached) implements JsonWritable {
    public static final String RESOLVED = "resolved";
    public static final String NOT_FOUND = "not_found";
    public static final String FAILED = "failed";
    public static final String INVALID = "invalid";

    public static ResolveResult resolved(String input, Resource r, int attempts, boolean cached) {
        return new ResolveResult(input, RESOLVED, r.kind(), r.id(), r.urn(), null, attempts, cached);
    }

    public static ResolveResult notFound(String input, int attempts, boolean cached) {
        return new ResolveResult(input, NOT_FOUND, null, null, null, null, attempts, cached);
    }

    public static ResolveResult failed(String input, String error, int attempts) {
        return new ResolveResult(input, FAILED, null, null, null, error, attempts, false);
    }

    public static ResolveResult invalid(String input) {
        return new ResolveResult(input, INVALID, null, null, null, "invalid_input", 0, false);
    }

    @Override
    public void writeJson(JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("input", input);
        g.writeStringField("status", status);
        g.writeStringField("kind", kind);
        g.writeFieldName("id");
        if (id == null) g.writeNull();
        else g.writeNumber(id);
        g.writeStringField("urn", urn);
        g.writeStringField("error", error);
        g.writeNumberField("attempts", attempts);
        g.writeBooleanField("cached", cached);
        g.writeEndObject();
    }

    /** True when this is an answer worth keeping (resolved or not_found, fresh from the server). */
    @JsonIgnore
    public boolean cacheable() {
        return !cached && (RESOLVED.equals(status) || NOT_FOUND.equals(status));
    }
}
