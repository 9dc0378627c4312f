package org.musicminion.discover.http;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * An interceptor that remembers the {@code Date} header of the last answer and this machine's clock when it
 * arrived, so {@code doctor} can tell how far the local clock is from the server's (token expiry is computed
 * locally). A missing or unreadable header is no reading. Thread-safe.
 */
public final class ServerDate implements Interceptor {
    private final Clock clock;
    private volatile Reading last;

    /** The server's time, and ours when its answer arrived. */
    public record Reading(Instant server, Instant local) {
        /** Local minus server: positive when this machine's clock is ahead. */
        public Duration skew() {
            return Duration.between(server, local);
        }
    }

    public ServerDate(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Response response = chain.proceed(chain.request());
        Instant local = clock.instant();
        Instant server = parse(response.header("Date"));
        if (server != null) last = new Reading(server, local);
        return response;
    }

    /** The last reading; null when no answer carried a readable Date. */
    public Reading last() {
        return last;
    }

    static Instant parse(String value) {
        if (value == null || value.isBlank() || value.length() > 64) return null;
        try {
            return ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
