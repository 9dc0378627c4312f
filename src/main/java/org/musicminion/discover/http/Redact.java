package org.musicminion.discover.http;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Removes secret-looking query parameters from a URL before it reaches a message or log line. */
public final class Redact {
    private static final Set<String> SECRET = Set.of("code", "client_secret", "access_token", "refresh_token",
            "code_verifier", "oauth_token", "token");
    private static final Pattern PARAM = Pattern.compile("([?&])([^=&#]+)=([^&#]*)");

    private Redact() {}

    public static String url(String url) {
        if (url == null) return null;
        Matcher m = PARAM.matcher(url);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String name = m.group(2).toLowerCase();
            String replacement = SECRET.contains(name) ? m.group(1) + m.group(2) + "=REDACTED" : m.group(0);
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
