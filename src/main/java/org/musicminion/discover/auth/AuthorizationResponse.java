package org.musicminion.discover.auth;

import java.util.regex.Pattern;

import org.musicminion.discover.ExitException;
import org.musicminion.discover.text.Printable;

import okhttp3.HttpUrl;

/**
 * What came back from the authorize step: a code and state, or an error ({@code access_denied}).
 * Parsed from the callback's query, a pasted redirect URL, or a bare pasted code (no state then).
 */
public record AuthorizationResponse(String code, String state, String error, String errorDescription) {
    private static final Pattern BARE_CODE = Pattern.compile("[A-Za-z0-9._~\\-+/=]{4,2048}");

    /** From a query string's parameters (the loopback callback). */
    public static AuthorizationResponse fromQuery(HttpUrl url) {
        return new AuthorizationResponse(blankToNull(url.queryParameter("code")), url.queryParameter("state"),
                blankToNull(url.queryParameter("error")), url.queryParameter("error_description"));
    }

    /** From what a user pasted: the whole redirect URL, its query string, or the bare code. Exit 2 when it is none of these. */
    public static AuthorizationResponse fromPasted(String pasted) {
        String p = pasted == null ? "" : pasted.strip();
        if (p.isEmpty()) throw ExitException.usage("nothing was pasted; paste the URL the browser was sent to (or the code), or run: minion-discover auth login");
        HttpUrl url = HttpUrl.parse(p);
        if (url == null && p.contains("=")) url = HttpUrl.parse("http://localhost/" + (p.startsWith("?") ? p : "?" + p));
        if (url != null) {
            AuthorizationResponse r = fromQuery(url);
            if (r.code() == null && r.error() == null) {
                throw ExitException.usage("the pasted URL has no code parameter; paste the full URL the browser was sent to after you allowed access");
            }
            return r;
        }
        if (!BARE_CODE.matcher(p).matches()) {
            throw ExitException.usage("the pasted text is neither a redirect URL nor an authorization code; paste the full URL from the browser's address bar");
        }
        return new AuthorizationResponse(p, null, null, null);
    }

    public boolean denied() {
        return error != null;
    }

    /** Exit 1 describing the error the authorize step returned. */
    public ExitException errorException() {
        // the callback's text comes from whoever sent it: escaped and shortened before anyone prints it
        String desc = errorDescription == null || errorDescription.isBlank() ? "" : " (" + Printable.shortened(errorDescription) + ")";
        if ("access_denied".equals(error)) {
            return ExitException.failed("login was cancelled: access was denied in the browser" + desc + "; run: minion-discover auth login to try again");
        }
        return ExitException.failed("the authorization server answered with error " + Printable.shortened(error) + desc + "; run: minion-discover auth login to try again");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    @Override
    public String toString() {
        return "AuthorizationResponse[code=" + (code == null ? "null" : "REDACTED") + ", error=" + error + "]";
    }
}
