package org.musicminion.discover.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RedactTest {
    @Test
    void hidesSecretQueryParametersAndKeepsTheRest() {
        assertEquals("http://h/cb?code=REDACTED&state=abc",
                Redact.url("http://h/cb?code=s3cret&state=abc"));
        assertEquals("http://h/x?limit=200&access_token=REDACTED#f",
                Redact.url("http://h/x?limit=200&access_token=tok#f"));
        assertEquals("http://h/resolve?url=https://soundcloud.com/a/b",
                Redact.url("http://h/resolve?url=https://soundcloud.com/a/b"));
    }
}
