package org.musicminion.discover;

/** The process exit codes of the contract; the only place they are spelled out. */
public final class ExitCode {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int NOT_AUTHENTICATED = 4;
    public static final int PARTIAL = 5;
    public static final int LOCKED = 75;
    public static final int CONFIG = 78;
    public static final int INTERRUPTED = 130;

    private ExitCode() {}
}
