package org.musicminion.discover.resolve;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a URL resolved to: kind ({@code track}, {@code user}, {@code playlist}), numeric id and URN
 * ({@code soundcloud:tracks:123}). Parsed from the 302 Location of {@code /resolve} or from a JSON
 * body when a server answers 200.
 */
public record Resource(String kind, long id, String urn) {
    /** {@code .../tracks/123} or {@code .../tracks/soundcloud:tracks:123}, also users and playlists. */
    private static final Pattern LOCATION = Pattern.compile(
            "/(tracks|users|playlists)/(?:soundcloud(?::|%3A)(?:tracks|users|playlists)(?::|%3A))?(\\d+)/?(?:[?#].*)?$",
            Pattern.CASE_INSENSITIVE);

    public static Resource of(String collection, long id) {
        String c = collection.toLowerCase(Locale.ROOT);
        return new Resource(c.substring(0, c.length() - 1), id, "soundcloud:" + c + ":" + id);
    }

    /** The resource a Location header names, or null when it names none. */
    public static Resource fromLocation(String location) {
        if (location == null) return null;
        Matcher m = LOCATION.matcher(location.strip());
        if (!m.find()) return null;
        try {
            return of(m.group(1), Long.parseLong(m.group(2)));
        } catch (NumberFormatException tooLong) {
            return null;
        }
    }

    /** The resource a JSON body describes ({@code urn}, else {@code kind} + {@code id}), or null. */
    public static Resource fromJson(JsonNode json) {
        if (json == null || !json.isObject()) return null;
        String urn = json.path("urn").asText(null);
        if (urn != null) {
            Matcher m = Pattern.compile("^soundcloud:(tracks|users|playlists):(\\d+)$").matcher(urn);
            if (m.matches()) return of(m.group(1), Long.parseLong(m.group(2)));
        }
        JsonNode id = json.get("id");
        String kind = json.path("kind").asText("");
        boolean numeric = id != null && (id.isIntegralNumber() && id.canConvertToLong()
                || id.isTextual() && id.asText().matches("\\d{1,18}"));
        if (numeric && (kind.equals("track") || kind.equals("user") || kind.equals("playlist"))) {
            return of(kind + "s", id.asLong());
        }
        return null;
    }
}
