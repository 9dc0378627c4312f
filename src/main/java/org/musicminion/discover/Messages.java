package org.musicminion.discover;

/**
 * Where features tell people what happens (stderr in the tool): {@link #info} and {@link #warn} unless
 * quiet, {@link #verbose} only when verbose, {@link #prompt} always (the user must act on it).
 * Implementations are thread-safe.
 */
public interface Messages {
    void info(String message);

    void warn(String message);

    void verbose(String message);

    /** A warning that quiet does not silence (a mistake in the setup a cron job must still hear of); {@link #warn} unless overridden. */
    default void warnAlways(String message) {
        warn(message);
    }

    /** A line the user has to read to go on (a URL to open, a question), shown even when quiet. */
    void prompt(String line);

    /** Nothing anywhere: for tests and benchmarks that do not look. */
    Messages NONE = new Messages() {
        @Override
        public void info(String message) {}

        @Override
        public void warn(String message) {}

        @Override
        public void verbose(String message) {}

        @Override
        public void prompt(String line) {}
    };
}
