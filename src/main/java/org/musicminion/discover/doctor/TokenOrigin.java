package org.musicminion.discover.doctor;

import org.musicminion.discover.auth.TokenSet;
import org.musicminion.discover.config.Settings;

/**
 * Whether stored tokens were issued for the configured server. The seam for the token's record of its
 * api_url, auth_url and client_id (issue 22 item 3): until tokens carry it, nothing can be compared here,
 * and a login for another server shows as the account check's refusal.
 */
final class TokenOrigin {
    private TokenOrigin() {}

    /** What differs between where {@code tokens} came from and {@code config}, for people; null when nothing does (or it is not known). */
    static String mismatch(TokenSet tokens, Settings.SoundCloud config) {
        return null;
    }

    /** A note for the ok line: where the tokens came from, or that it is not recorded. */
    static String describe(TokenSet tokens) {
        return "";
    }
}
