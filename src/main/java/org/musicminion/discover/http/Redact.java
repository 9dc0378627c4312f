package org.musicminion.discover.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes secrets from a URL before it reaches a message or log line: secret-looking query or
 * fragment parameters (names compared after percent-decoding, so {@code client%5Fsecret} is
 * caught), {@code user:pass@} user info, and the {@code s-…} secret segment of a private link.
 */
public final class Redact {
    private static final Set<String> SECRET = Set.of("code", "client_secret", "access_token", "refresh_token",
            "code_verifier", "oauth_token", "token", "secret_token", "password", "client_assertion", "id_token");
    private static final Pattern PARAM = Pattern.compile("([?&#;])([^=&#;]+)=([^&#;]*)");
    private static final Pattern USER_INFO = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*://)[^/?#@]*@");
    /** A private track or playlist link's secret token as a path segment: soundcloud.com/user/track/s-AbC12. */
    private static final Pattern SECRET_SEGMENT = Pattern.compile("/s-[A-Za-z0-9]{5,}(?=[/?#]|$)");

    private Redact() {}

    public static String url(String url) {
        if (url == null) return null;
        String s = USER_INFO.matcher(url).replaceFirst("$1REDACTED@");
        s = SECRET_SEGMENT.matcher(s).replaceAll("/s-REDACTED");
        Matcher m = PARAM.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String replacement = SECRET.contains(name(m.group(2))) ? m.group(1) + m.group(2) + "=REDACTED" : m.group(0);
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String name(String raw) {
        String decoded;
        try {
            decoded = URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            decoded = raw; // a broken escape: compare as written
        }
        return decoded.strip().toLowerCase(Locale.ROOT);
    }
}
