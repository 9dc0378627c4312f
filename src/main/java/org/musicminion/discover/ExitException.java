package org.musicminion.discover;

/**
 * The one exception that ends a command with a given exit code and a message for the user.
 * Thrown anywhere; mapped to the process exit code in one place ({@code cli.Main}).
 * Messages must never contain a secret (token, client secret, code, verifier).
 */
public class ExitException extends RuntimeException {
    private final int exitCode;

    public ExitException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public ExitException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }

    public static ExitException failed(String message) {
        return new ExitException(ExitCode.FAILED, message);
    }

    public static ExitException failed(String message, Throwable cause) {
        return new ExitException(ExitCode.FAILED, message, cause);
    }

    public static ExitException usage(String message) {
        return new ExitException(ExitCode.USAGE, message);
    }

    public static ExitException notAuthenticated(String why) {
        return new ExitException(ExitCode.NOT_AUTHENTICATED, why + "; run: minion-discover auth login");
    }

    public static ExitException config(String message) {
        return new ExitException(ExitCode.CONFIG, message);
    }

    public static ExitException locked(String message) {
        return new ExitException(ExitCode.LOCKED, message);
    }

    public static ExitException interrupted() {
        return new ExitException(ExitCode.INTERRUPTED, "interrupted");
    }
}
