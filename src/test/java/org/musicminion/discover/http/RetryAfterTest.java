package org.musicminion.discover.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetryAfterTest {
    private static final Instant NOW = Instant.parse("2026-11-25T08:00:00Z");

    @ParameterizedTest
    @ValueSource(strings = {"9223372036854775807", "99999999999999999999999999", "Fri, 31 Dec 9999 23:59:59 GMT", "3153600000000"})
    void aWaitTooLongForAnyArithmeticSaturates(String header) {
        Duration d = RetryAfter.parse(header, NOW);
        assertEquals(RetryAfter.LONGEST, d);
        assertEquals(RetryAfter.LONGEST.toNanos(), d.toNanos(), "no overflow once read");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-5", "soon", "", "1.5"})
    void whatIsNotADelayOrADateMeansNone(String header) {
        assertNull(RetryAfter.parse(header, NOW));
    }

    @org.junit.jupiter.api.Test
    void ordinaryValuesAreTakenAsSaid() {
        assertEquals(Duration.ofSeconds(7), RetryAfter.parse(" 7 ", NOW));
        assertEquals(Duration.ofSeconds(1_000_000_000), RetryAfter.parse("1000000000", NOW));
        assertEquals(Duration.ofSeconds(9), RetryAfter.parse("Wed, 25 Nov 2026 08:00:09 GMT", NOW));
        assertEquals(Duration.ZERO, RetryAfter.parse("Wed, 25 Nov 2020 08:00:09 GMT", NOW));
    }
}
