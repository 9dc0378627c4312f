package org.musicminion.discover.sandbox;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** One parsed request: method, decoded path, query parameters, the Authorization header, the body and the {urn} of the path. */
record Request(String method, String path, Map<String, String> query, String authorization, String contentType, byte[] body,
               String urn) {

    Request withUrn(String u) {
        return new Request(method, path, query, authorization, contentType, body, u);
    }

    /** Parses {@code a=1&b=2} (form or query); the first value of a repeated name wins. */
    static Map<String, String> parseForm(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) return out;
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.putIfAbsent(k, v);
        }
        return out;
    }
}
