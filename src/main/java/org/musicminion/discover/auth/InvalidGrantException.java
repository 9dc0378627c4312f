package org.musicminion.discover.auth;

import org.musicminion.discover.ExitCode;
import org.musicminion.discover.ExitException;

/** The token endpoint answered {@code invalid_grant}: the code or refresh token is used, expired or revoked. Exit 4. */
public final class InvalidGrantException extends ExitException {
    public InvalidGrantException(String grantType, String description) {
        super(ExitCode.NOT_AUTHENTICATED, "SoundCloud refused the " + grantType + " grant (invalid_grant"
                + (description == null || description.isBlank() ? "" : ": " + description) + "); run: minion-discover auth login");
    }
}
