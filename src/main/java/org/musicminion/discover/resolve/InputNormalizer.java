package org.musicminion.discover.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns what users paste into the one canonical form {@code https://soundcloud.com/<user>[/<track>]}
 * (also {@code <user>/sets/<playlist>} and private links {@code <user>/<track>/s-<secret>}):
 * http or https, {@code www.}/{@code m.} hosts, query strings, fragments and trailing slashes are
 * dropped; bare slugs {@code a/b} and {@code a} are accepted. {@code on.soundcloud.com} short links
 * become {@code https://on.soundcloud.com/<code>} and are sent to {@code /resolve} as they are.
 * Anything else is invalid (no request is made for it), and so is anything longer than
 * {@link #MAX_INPUT_CHARS}, which no SoundCloud URL is; such an input is echoed shortened
 * ({@link #echo}). Stateless and thread-safe.
 */
public final class InputNormalizer {
    static final String BASE = "https://soundcloud.com/";
    static final String SHORT_LINK_BASE = "https://on.soundcloud.com/";

    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_-]+");
    private static final Pattern SECRET = Pattern.compile("s-[A-Za-z0-9]+");
    private static final Set<String> HOSTS = Set.of("soundcloud.com", "www.soundcloud.com", "m.soundcloud.com");
    /** First path segments that are SoundCloud pages, not user permalinks. */
    private static final Set<String> RESERVED = Set.of("discover", "search", "stream", "upload", "you", "settings",
            "messages", "notifications", "charts", "feed", "signin", "logout", "pages", "jobs", "imprint",
            "terms-of-use", "mobile", "tags", "popular");

    /** Longer inputs are invalid without a look: SoundCloud URLs are far shorter (permalinks are at most 255 characters). */
    public static final int MAX_INPUT_CHARS = 4096;
    /** How much of an over-long input is echoed back. */
    static final int ECHO_CHARS = 100;

    private InputNormalizer() {}

    public static NormalizedInput normalize(String input) {
        if (tooLong(input)) return new NormalizedInput(echo(input), null);
        return new NormalizedInput(input, canonical(input));
    }

    /** True when {@code input} is longer than any input that could be valid. */
    public static boolean tooLong(String input) {
        return input != null && input.length() > MAX_INPUT_CHARS;
    }

    /**
     * How an input is echoed in answers and messages: itself, or, when {@link #tooLong}, its first
     * {@value #ECHO_CHARS} characters and an ellipsis (a 5 MB line is not printed back whole).
     */
    public static String echo(String input) {
        if (!tooLong(input)) return input;
        int end = ECHO_CHARS;
        if (Character.isHighSurrogate(input.charAt(end - 1))) end--;
        return input.substring(0, end) + "…";
    }

    /** The canonical URL for {@code input}, or null when it is not a SoundCloud URL or slug. */
    static String canonical(String input) {
        if (input == null || tooLong(input)) return null;
        String s = input.strip();
        if (s.isEmpty() || s.chars().anyMatch(Character::isWhitespace)) return null;
        int cut = indexOfAny(s, '?', '#');
        if (cut >= 0) s = s.substring(0, cut);
        String lower = s.toLowerCase(Locale.ROOT);
        boolean hadScheme = false;
        if (lower.startsWith("https://")) {
            s = s.substring(8);
            hadScheme = true;
        } else if (lower.startsWith("http://")) {
            s = s.substring(7);
            hadScheme = true;
        } else if (lower.contains("://")) {
            return null;
        }
        int slash = s.indexOf('/');
        String first = slash < 0 ? s : s.substring(0, slash);
        String rest = slash < 0 ? "" : s.substring(slash + 1);
        String host = first.toLowerCase(Locale.ROOT);
        if (host.endsWith(":443") || host.endsWith(":80")) host = host.substring(0, host.lastIndexOf(':'));
        if (host.equals("on.soundcloud.com")) {
            List<String> segs = segments(rest);
            if (segs == null || segs.size() != 1) return null;
            return SHORT_LINK_BASE + segs.get(0);
        }
        List<String> path;
        if (HOSTS.contains(host)) {
            path = segments(rest);
        } else if (hadScheme || first.contains(".") || first.contains(":")) {
            return null; // another host
        } else {
            path = segments(s); // a bare slug
        }
        if (path == null || !validPath(path)) return null;
        return BASE + String.join("/", path);
    }

    private static boolean validPath(List<String> p) {
        if (p.isEmpty() || p.size() > 3) return false;
        if (RESERVED.contains(p.get(0).toLowerCase(Locale.ROOT))) return false;
        if (p.size() == 3) {
            // <user>/sets/<playlist> or a private track <user>/<track>/s-<secret>
            return p.get(1).equals("sets") || SECRET.matcher(p.get(2)).matches();
        }
        return true;
    }

    /** Path segments, empty ones (trailing or doubled slashes) dropped; null when one has a character no permalink has. */
    private static List<String> segments(String path) {
        List<String> out = new ArrayList<>();
        for (String seg : path.split("/")) {
            if (seg.isEmpty()) continue;
            if (!SEGMENT.matcher(seg).matches()) return null;
            out.add(seg);
        }
        return out;
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        if (i < 0) return j;
        if (j < 0) return i;
        return Math.min(i, j);
    }
}
