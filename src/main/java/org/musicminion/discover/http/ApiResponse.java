package org.musicminion.discover.http;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The final answer to a call after retries: the last attempt's outcome and status, the headers
 * that matter, the body, and how many attempts were made. {@link #json()} is the parsed body
 * when the call expected JSON. {@link #answerLost()}: some attempt reached the server (or may
 * have) but its answer never arrived whole (timeout, broken connection, unreadable body), so the
 * server may have acted on it. {@link #failure()}: why no answer came, for people ("connection
 * refused to 127.0.0.1:8080"), or null.
 */
public record ApiResponse(String method, String url, Outcome outcome, int status, String location, byte[] body,
                          JsonNode json, int attempts, boolean answerLost, String failure) {

    public ApiResponse(String method, String url, Outcome outcome, int status, String location, byte[] body,
                       JsonNode json, int attempts, boolean answerLost) {
        this(method, url, outcome, status, location, body, json, attempts, answerLost, null);
    }

    public ApiResponse(String method, String url, Outcome outcome, int status, String location, byte[] body,
                       JsonNode json, int attempts) {
        this(method, url, outcome, status, location, body, json, attempts, false, null);
    }

    /** This answer, marked as following (or being) an attempt whose answer was lost. */
    ApiResponse withAnswerLost() {
        return answerLost ? this : new ApiResponse(method, url, outcome, status, location, body, json, attempts, true, failure);
    }

    public boolean ok() {
        return outcome.success();
    }

    /** This response when it succeeded, else an {@link ApiException} describing it. */
    public ApiResponse orThrow() {
        if (!ok()) throw new ApiException(method, url, outcome, attempts, errorMessage(), failure);
        return this;
    }

    /** The server's {@code message} field, if the body is a SoundCloud error object. */
    public String errorMessage() {
        if (json != null && json.hasNonNull("message")) return json.get("message").asText();
        if (json != null && json.hasNonNull("error")) return json.get("error").asText();
        return null;
    }
}
