package org.musicminion.discover.soundcloud;

import com.fasterxml.jackson.databind.JsonNode;

/** SoundCloud URNs ({@code soundcloud:tracks:123}, {@code soundcloud:users:7}) and ids. */
public final class Urns {
    private Urns() {}

    public static String track(long id) {
        return "soundcloud:tracks:" + id;
    }

    public static String user(long id) {
        return "soundcloud:users:" + id;
    }

    /** The user URN an input names ({@code soundcloud:users:7} or the bare id {@code 7}); null for anything else. */
    public static String userUrn(String input) {
        if (input == null) return null;
        String s = input.strip();
        if (s.startsWith("soundcloud:users:")) s = s.substring("soundcloud:users:".length());
        return s.matches("\\d{1,18}") ? user(Long.parseLong(s)) : null;
    }

    /** The numeric id at the end of a URN, or null when it has none. */
    public static Long idOf(String urn) {
        if (urn == null) return null;
        int i = urn.lastIndexOf(':');
        try {
            return Long.parseLong(urn.substring(i + 1));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The id of a resource object: its {@code id}, else the id in its {@code urn} of the given kind. */
    static Long id(JsonNode n, String kind) {
        if (n == null || !n.isObject()) return null;
        JsonNode id = n.get("id");
        if (id != null && id.canConvertToLong() && id.isIntegralNumber()) return id.asLong();
        if (id != null && id.isTextual() && id.asText().matches("\\d{1,18}")) return Long.parseLong(id.asText());
        JsonNode urn = n.get("urn");
        if (urn != null && urn.isTextual() && urn.asText().startsWith("soundcloud:" + kind + ":")) return idOf(urn.asText());
        return null;
    }
}
