package org.musicminion.discover.soundcloud;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A SoundCloud URN ({@code soundcloud:tracks:123}, {@code soundcloud:users:7},
 * {@code soundcloud:playlists:5}): the one place that reads and writes them. Elsewhere a URN is the
 * text {@link #toString()} gives (ArchitectureTest fails on a {@code soundcloud:} literal outside this
 * package and the sandbox).
 */
public record Urn(Kind kind, long id) {
    private static final String PREFIX = "soundcloud:";
    /** A URN exactly: kind and 1 to 19 digits (a value over Long.MAX_VALUE is no URN). */
    private static final Pattern URN = Pattern.compile("soundcloud:(tracks|users|playlists):(\\d{1,19})");
    /** {@code .../tracks/123} or {@code .../tracks/soundcloud:tracks:123} (also %3A-escaped), users and playlists alike. */
    private static final Pattern LOCATION = Pattern.compile(
            "/(tracks|users|playlists)/(?:soundcloud(?::|%3A)(?:tracks|users|playlists)(?::|%3A))?(\\d+)/?(?:[?#].*)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SIGNED_NUMBER = Pattern.compile("[+-]?\\d+");

    /** What a URN names: its word ({@code track}, printed as resolve's {@code kind}) and its collection ({@code tracks}). */
    public enum Kind {
        TRACK, USER, PLAYLIST;

        /** {@code track}, {@code user}, {@code playlist}: SoundCloud's {@code kind} field, and resolve's. */
        @JsonValue
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** {@code tracks}, {@code users}, {@code playlists}: the URN's middle part and the API's path. */
        public String collection() {
            return word() + "s";
        }

        @Override
        public String toString() {
            return word();
        }

        /** The kind SoundCloud's {@code kind} field names, or null for any other word. */
        public static Kind ofWord(String word) {
            for (Kind k : values()) if (k.word().equals(word)) return k;
            return null;
        }

        static Kind ofCollection(String collection) {
            String c = collection.toLowerCase(Locale.ROOT);
            for (Kind k : values()) if (k.collection().equals(c)) return k;
            return null;
        }
    }

    public static Urn track(long id) {
        return new Urn(Kind.TRACK, id);
    }

    public static Urn user(long id) {
        return new Urn(Kind.USER, id);
    }

    public static Urn playlist(long id) {
        return new Urn(Kind.PLAYLIST, id);
    }

    /** {@code soundcloud:tracks:123}. */
    @Override
    @JsonValue
    public String toString() {
        return PREFIX + kind.collection() + ":" + id;
    }

    /** The URN {@code text} is exactly ({@code soundcloud:tracks:123}), or null. */
    public static Urn parse(String text) {
        if (text == null) return null;
        Matcher m = URN.matcher(text);
        return m.matches() ? of(m) : null;
    }

    /** The URN a match's collection (group 1) and digits (group 2) name; null when the digits are over Long.MAX_VALUE. */
    private static Urn of(Matcher m) {
        try {
            return new Urn(Kind.ofCollection(m.group(1)), Long.parseLong(m.group(2)));
        } catch (NumberFormatException overLongMax) {
            return null;
        }
    }

    /**
     * True when {@code input} is written as a track id or a track URN (a number with an optional sign,
     * or {@code soundcloud:tracks:…}), whether or not it is a valid one ({@link #trackOf}); false for
     * anything else (a URL, a slug).
     */
    public static boolean looksLikeTrack(String input) {
        return SIGNED_NUMBER.matcher(input).matches() || input.startsWith(PREFIX + "tracks:");
    }

    /**
     * The track a bare id or a track URN names ({@code 123}, {@code 007}, {@code soundcloud:tracks:123});
     * null when it names none: 0, a sign, over Long.MAX_VALUE, not digits, or any other text.
     */
    public static Urn trackOf(String input) {
        String digits = input.startsWith(PREFIX + "tracks:") ? input.substring((PREFIX + "tracks:").length()) : input;
        if (!digits.matches("\\d{1,19}")) return null;
        try {
            long id = Long.parseLong(digits);
            return id < 1 ? null : track(id);
        } catch (NumberFormatException overLongMax) {
            return null;
        }
    }

    /** The user a user URN or a bare id (1 to 18 digits) names, after stripping blanks; null for anything else. */
    public static Urn userOf(String input) {
        if (input == null) return null;
        String s = input.strip();
        if (s.startsWith(PREFIX + "users:")) s = s.substring((PREFIX + "users:").length());
        return s.matches("\\d{1,18}") ? user(Long.parseLong(s)) : null;
    }

    /** The resource a {@code /resolve} redirect's Location names ({@code .../tracks/123}, with or without a URN), or null. */
    public static Urn fromLocation(String location) {
        if (location == null) return null;
        Matcher m = LOCATION.matcher(location.strip());
        return m.find() ? of(m) : null;
    }

    /** The resource a JSON body describes: its {@code urn}, else its {@code kind} (track, user, playlist) and {@code id}; or null. */
    public static Urn fromJson(JsonNode json) {
        if (json == null || !json.isObject()) return null;
        Urn byUrn = parse(json.path("urn").asText(null));
        if (byUrn != null) return byUrn;
        JsonNode id = json.get("id");
        Kind kind = Kind.ofWord(json.path("kind").asText(""));
        boolean numeric = id != null && (id.isIntegralNumber() && id.canConvertToLong()
                || id.isTextual() && id.asText().matches("\\d{1,18}"));
        return numeric && kind != null ? new Urn(kind, id.asLong()) : null;
    }

    /**
     * The key a list item is told apart by, as {@code http.Pages} de-duplicates a list: its {@code urn},
     * else {@code soundcloud:<kind>s:<id>}; a wrapping {@code {"track":{...}}} or {@code {"playlist":{...}}}
     * counts as what it wraps. Null when the item has neither.
     */
    public static String keyOf(JsonNode item) {
        JsonNode n = item.has("track") && item.get("track").isObject() ? item.get("track")
                : item.has("playlist") && item.get("playlist").isObject() ? item.get("playlist") : item;
        if (n.hasNonNull("urn") && n.get("urn").isTextual()) return n.get("urn").asText();
        if (n.hasNonNull("id") && n.hasNonNull("kind")) return PREFIX + n.get("kind").asText() + "s:" + n.get("id").asText();
        return null;
    }

    /** The URN of a playlist object: its {@code urn} as given, else {@code soundcloud:playlists:<id>}; null with neither. */
    static String playlistKey(JsonNode p) {
        return p.hasNonNull("urn") ? p.get("urn").asText()
                : p.hasNonNull("id") ? PREFIX + "playlists:" + p.get("id").asText() : null;
    }

    /** The user id of a reposter written as a user URN ({@code soundcloud:users:7}); null for anything else or a negative id. */
    static Long userIdOf(String text) {
        if (!text.startsWith(PREFIX + "users:")) return null;
        Long id = lastNumber(text);
        return id == null || id < 0 ? null : id;
    }

    /** The numeric id at the end of a URN ({@link #toString()}'s form), e.g. of a user URN this program wrote. */
    public static long idOf(String urn) {
        Long id = lastNumber(urn);
        if (id == null) throw new IllegalArgumentException("not a URN: " + urn);
        return id;
    }

    private static Long lastNumber(String urn) {
        try {
            return Long.parseLong(urn.substring(urn.lastIndexOf(':') + 1));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The id of a resource object: its {@code id}, else the id in its {@code urn} of the given kind. */
    static Long id(JsonNode n, Kind kind) {
        if (n == null || !n.isObject()) return null;
        JsonNode id = n.get("id");
        if (id != null && id.canConvertToLong() && id.isIntegralNumber()) return id.asLong();
        if (id != null && id.isTextual() && id.asText().matches("\\d{1,18}")) return Long.parseLong(id.asText());
        JsonNode urn = n.get("urn");
        if (urn != null && urn.isTextual() && urn.asText().startsWith(PREFIX + kind.collection() + ":")) return lastNumber(urn.asText());
        return null;
    }
}
