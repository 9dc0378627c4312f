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
    /** stdout's reader went away (e.g. {@code | head -1}): the run stopped quietly, as one killed by SIGPIPE would. */
    public static final int READER_GONE = 141;

    private ExitCode() {}
}
