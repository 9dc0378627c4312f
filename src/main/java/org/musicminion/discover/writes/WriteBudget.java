package org.musicminion.discover.writes;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.musicminion.discover.store.Database;
import org.musicminion.discover.store.RemoteWrites;

/**
 * The day's budget of writes to SoundCloud ({@code http.max_writes_per_day}): at most that many write requests in any
 * 24 hours by the injected clock, counted in the database, so every process of the data dir shares one budget. A
 * write is counted before its request is sent (a process killed after counting it wastes one write, never exceeds).
 */
public final class WriteBudget {
    /** The config key, for messages. */
    public static final String KEY = "http.max_writes_per_day";
    static final Duration WINDOW = Duration.ofHours(24);

    private final Database db;
    private final int perDay;
    private final Clock clock;

    public WriteBudget(Database db, int perDay, Clock clock) {
        this.db = db;
        this.perDay = perDay;
        this.clock = clock;
    }

    /** What a write request does, as remote_sends stores it. */
    public enum Write {
        LIKE_TRACK("like_track"), UNLIKE_TRACK("unlike_track"), PLAYLIST_EDIT("playlist_edit");

        private final String word;

        Write(String word) {
            this.word = word;
        }
    }

    /** Takes one write for a request about to be sent; false when the day's budget is spent. */
    public boolean take(Write what) {
        if (perDay == 0) return false;
        return db.write(c -> {
            long now = clock.millis();
            return RemoteWrites.take(c, now, now - WINDOW.toMillis(), perDay, what.word);
        });
    }

    /** When the next write frees up: null while some are left, or never with a budget of 0. */
    public Instant freesAt() {
        if (perDay == 0) return null;
        Long at = db.read(c -> RemoteWrites.nthNewestSince(c, clock.millis() - WINDOW.toMillis(), perDay));
        return at == null ? null : Instant.ofEpochMilli(at).plus(WINDOW);
    }

    public int perDay() {
        return perDay;
    }

    /** For messages: why a write waits, and until when ("http.max_writes_per_day = 50 is spent until 2026-12-08T04:12Z"). */
    public String spent() {
        Instant frees = freesAt();
        return KEY + " = " + perDay + (perDay == 0 ? ": every write waits until you raise it"
                : frees == null ? "" : " is spent until " + frees.truncatedTo(java.time.temporal.ChronoUnit.MINUTES));
    }
}
