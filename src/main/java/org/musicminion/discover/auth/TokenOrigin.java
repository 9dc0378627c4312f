package org.musicminion.discover.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.musicminion.discover.Json;

/**
 * Where a user's tokens came from: the {@code soundcloud.api_url} they are sent to, the {@code auth_url}
 * that issued them and the {@code client_id} of the app they were issued to. Kept in {@code tokens.json}
 * as {@code "origin"}: tokens are used only with the config they belong to, so a data dir logged in
 * against one server is never sent to another, nor refreshed (and then declared revoked) by it.
 */
public record TokenOrigin(String apiUrl, String authUrl, String clientId) {
    public static final String FIELD = "origin";

    public TokenOrigin {
        apiUrl = normal(apiUrl);
        authUrl = normal(authUrl);
        clientId = clientId == null || clientId.isBlank() ? null : clientId;
    }

    /**
     * True when tokens from {@code this} may be used with {@code config}: the same api_url and auth_url, and
     * the same client_id when both name one (a config without one cannot refresh anyway, and says so).
     */
    public boolean matches(TokenOrigin config) {
        return apiUrl.equals(config.apiUrl) && authUrl.equals(config.authUrl)
                && (clientId == null || config.clientId == null || clientId.equals(config.clientId));
    }

    /** For messages: {@code api_url=…, auth_url=…, client_id=…}. */
    public String describe() {
        return "api_url=" + apiUrl + ", auth_url=" + authUrl + ", client_id=" + (clientId == null ? "(none)" : clientId);
    }

    public ObjectNode toJson() {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("api_url", apiUrl);
        o.put("auth_url", authUrl);
        o.put("client_id", clientId);
        return o;
    }

    /** The stored origin, or null when the file has none (written before origins were kept) or it is unreadable. */
    public static TokenOrigin fromJson(JsonNode n) {
        if (n == null || !n.isObject()) return null;
        String api = TokenSet.text(n, "api_url");
        String auth = TokenSet.text(n, "auth_url");
        if (api == null || auth == null) return null;
        return new TokenOrigin(api, auth, TokenSet.text(n, "client_id"));
    }

    private static String normal(String url) {
        if (url == null) return "";
        String s = url.strip();
        while (s.endsWith("/")) s = s.substring(0, s.length() - 1);
        return s;
    }
}
