package org.musicminion.discover.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** One HTTP answer of the sandbox: status, extra headers and a body (JSON unless said otherwise). */
record Reply(int status, Map<String, String> headers, byte[] body) {
    /** A marker answer: close the connection without answering (a dropped hang). */
    static final Reply DROP = new Reply(-1, Map.of(), new byte[0]);

    static Reply json(int status, byte[] body) {
        return new Reply(status, Map.of("Content-Type", "application/json; charset=utf-8"), body);
    }

    static Reply json(int status, Views.Body body) {
        return json(status, Views.render(body));
    }

    /** A SoundCloud-style error body: {@code {"code","message","link","status","errors","error"}}. */
    static Reply error(int status, String message) {
        return json(status, g -> {
            g.writeStartObject();
            g.writeNumberField("code", status);
            g.writeStringField("message", message);
            g.writeStringField("link", "https://developers.soundcloud.com/docs/api/explorer/open-api");
            g.writeStringField("status", status + " - " + reason(status));
            g.writeArrayFieldStart("errors");
            g.writeEndArray();
            g.writeNullField("error");
            g.writeEndObject();
        });
    }

    /** An OAuth error body: {@code {"error","error_description"}}. */
    static Reply oauthError(int status, String error, String description) {
        return json(status, g -> {
            g.writeStartObject();
            g.writeStringField("error", error);
            g.writeStringField("error_description", description);
            g.writeEndObject();
        });
    }

    static Reply redirect(String location) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Location", location);
        h.put("Content-Type", "application/json; charset=utf-8");
        byte[] body = ("{\"status\":\"302 - Found\",\"location\":" + quote(location) + "}").getBytes(StandardCharsets.UTF_8);
        return new Reply(302, h, body);
    }

    Reply withHeader(String name, String value) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        h.put(name, value);
        return new Reply(status, h, body);
    }

    static String quote(String s) {
        return new String(Views.render(g -> g.writeString(s)), StandardCharsets.UTF_8);
    }

    static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 302 -> "Found";
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 422 -> "Unprocessable Entity";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            default -> "Error";
        };
    }
}
