package org.musicminion.discover.auth;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.databind.JsonNode;

import org.musicminion.discover.Json;
import org.musicminion.discover.soundcloud.SoundCloudTime;

import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Keeps the retry policy from hammering the token endpoint: SoundCloud's 429 there names a
 * {@code reset_time} in the body (its buckets are hours long) and usually no Retry-After. This
 * interceptor turns that reset time into the Retry-After the policy understands (so a far reset
 * makes the policy give up at once, over {@code http.max_retry_after_seconds}); a 429 naming no
 * time at all gets a very long one, so it is reported, never retried blindly.
 */
final class TokenEndpointThrottle implements Interceptor {
    static final long UNKNOWN_RESET_SECONDS = 10L * 365 * 24 * 3600;

    private final Clock clock;

    TokenEndpointThrottle(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Response r = chain.proceed(chain.request());
        if (r.code() != 429 || r.header("Retry-After") != null) return r;
        Instant reset = resetTime(parse(r.peekBody(64 * 1024).bytes()));
        long seconds = reset == null ? UNKNOWN_RESET_SECONDS : Math.max(1, Duration.between(clock.instant(), reset).toSeconds());
        return r.newBuilder().header("Retry-After", Long.toString(seconds)).build();
    }

    static JsonNode parse(byte[] body) {
        try {
            return body.length == 0 ? null : Json.MAPPER.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    /** The {@code reset_time} of a SoundCloud 429 body, when it names one we can read. */
    static Instant resetTime(JsonNode body) {
        String s = resetTimeText(body);
        if (s == null) return null;
        Instant at = SoundCloudTime.parse(s);
        if (at != null) return at;
        try {
            return OffsetDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant(); // an HTTP date
        } catch (DateTimeParseException ignored) {
            return null;
        }
    }

    static String resetTimeText(JsonNode body) {
        if (body == null || !body.hasNonNull("reset_time")) return null;
        String s = body.get("reset_time").asText().strip();
        return s.isEmpty() ? null : s;
    }
}
