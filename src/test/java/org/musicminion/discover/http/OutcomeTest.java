package org.musicminion.discover.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class OutcomeTest {
    @ParameterizedTest(name = "HTTP {0} is {1} ({2})")
    @CsvSource({
            "200, SUCCESS, ",
            "204, SUCCESS, ",
            "302, SUCCESS, ",
            "404, NOT_FOUND, not_found",
            "400, PERMANENT, http_400",
            "403, PERMANENT, http_403",
            "422, PERMANENT, http_422",
            "401, AUTH, unauthorized",
            "429, THROTTLED, rate_limited",
            "500, TRANSIENT, server_error_500",
            "502, TRANSIENT, server_error_502",
            "503, TRANSIENT, server_error_503",
            "408, TRANSIENT, timeout",
    })
    void classifiesStatuses(int status, OutcomeKind kind, String errorClass) {
        Outcome o = Outcome.ofStatus(status, null, Instant.EPOCH);
        assertEquals(kind, o.kind());
        assertEquals(errorClass, o.errorClass());
    }

    @Test
    void classifiesExceptions() {
        assertEquals("timeout", Outcome.ofException(new SocketTimeoutException("read timed out")).errorClass());
        assertEquals("timeout", Outcome.ofException(new java.io.InterruptedIOException("timeout")).errorClass());
        assertEquals("connection", Outcome.ofException(new ConnectException("refused")).errorClass());
        assertEquals("bad_response", Outcome.ofException(new EOFException()).errorClass());
        assertEquals(OutcomeKind.TRANSIENT, Outcome.ofException(new IOException("reset")).kind());
    }
}
