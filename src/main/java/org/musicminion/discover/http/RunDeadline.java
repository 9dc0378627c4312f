package org.musicminion.discover.http;

import java.time.Clock;
import java.time.Instant;

import org.musicminion.discover.ExitCode;
import org.musicminion.discover.ExitException;

/**
 * A whole run's deadline ({@code sync.max_run_minutes}), as an {@link AttemptListener}: once it has passed,
 * every further attempt is refused with {@link Exceeded} before it is sent, so a run that the server slows
 * down (or a limit it is stuck behind) ends, reports what it could not read and releases its lock instead
 * of holding it into the next cron run. A list cut off so is incomplete ({@link Pages}). Time comes from
 * the injected clock. Thread-safe.
 */
public final class RunDeadline implements AttemptListener {
    private final Clock clock;
    private final Instant at;
    private final String setting;

    /** @param setting what set it, for messages ({@code "sync.max_run_minutes = 60"}) */
    public RunDeadline(Clock clock, Instant at, String setting) {
        this.clock = clock;
        this.at = at;
        this.setting = setting;
    }

    @Override
    public void beforeAttempt() {
        if (!clock.instant().isBefore(at)) throw new Exceeded("the run's deadline passed (" + setting + "); not asked");
    }

    /** An attempt refused because the run's deadline passed: exit 5 (partial) when nothing records it. */
    public static final class Exceeded extends ExitException {
        Exceeded(String message) {
            super(ExitCode.PARTIAL, message);
        }
    }
}
