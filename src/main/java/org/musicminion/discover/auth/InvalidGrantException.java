package org.musicminion.discover.auth;

import org.musicminion.discover.ExitCode;
import org.musicminion.discover.ExitException;

/**
 * The token endpoint answered {@code invalid_grant}: the code or refresh token is used, expired or
 * revoked. Exit 4. {@link #afterLostAnswer()}: the refusal came to the one repeat of a grant whose
 * first answer was lost, so the server most likely spent the code or refresh token on that first
 * request and the new tokens never arrived (nothing was revoked).
 */
public final class InvalidGrantException extends ExitException {
    private static final String LOGIN = "; run: minion-discover auth login";
    private final boolean afterLostAnswer;
    private final String lostAnswerMessage;

    public InvalidGrantException(String grantType, String description, boolean afterLostAnswer) {
        super(ExitCode.NOT_AUTHENTICATED, (afterLostAnswer ? lost(grantType)
                : "SoundCloud refused the " + grantType + " grant (invalid_grant"
                        + (description == null || description.isBlank() ? "" : ": " + description) + ")") + LOGIN);
        this.afterLostAnswer = afterLostAnswer;
        this.lostAnswerMessage = lost(grantType);
    }

    private static String lost(String grantType) {
        return "the token endpoint's answer to the " + grantType + " grant was lost (timeout or broken connection) after the server may"
                + " already have used the " + ("refresh_token".equals(grantType) ? "single-use refresh token" : "code")
                + "; the one repeat was refused (invalid_grant) as that request had spent it, and the new tokens never arrived";
    }

    public boolean afterLostAnswer() {
        return afterLostAnswer;
    }

    /** What happened when the answer was lost, without the closing "run: ..." advice. */
    String lostAnswerMessage() {
        return lostAnswerMessage;
    }
}
