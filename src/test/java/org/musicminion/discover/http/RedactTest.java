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

    @Test
    void hidesTheSecretTokenOfAPrivateLink() {
        assertEquals("https://api.soundcloud.com/tracks/5?secret_token=REDACTED&limit=1",
                Redact.url("https://api.soundcloud.com/tracks/5?secret_token=s-AbCdE123&limit=1"));
        assertEquals("https://soundcloud.com/artist/track/s-REDACTED?si=1",
                Redact.url("https://soundcloud.com/artist/track/s-Xy7QpLm0Zz?si=1"));
        assertEquals("https://soundcloud.com/artist/s-town", Redact.url("https://soundcloud.com/artist/s-town"), "a slug is not a token");
    }

    @Test
    void hidesUserInfo() {
        assertEquals("https://REDACTED@proxy.example/x?limit=2", Redact.url("https://user:pa55@proxy.example/x?limit=2"));
        assertEquals("https://api.example/me?next=a@b", Redact.url("https://api.example/me?next=a@b"), "an @ after the host is not user info");
    }

    @Test
    void matchesPercentEncodedAndMixedCaseNames() {
        assertEquals("http://h/t?client%5Fsecret=REDACTED&x=1", Redact.url("http://h/t?client%5Fsecret=shh&x=1"));
        assertEquals("http://h/t?%63ode=REDACTED", Redact.url("http://h/t?%63ode=abc"));
        assertEquals("http://h/t?Access_Token=REDACTED", Redact.url("http://h/t?Access_Token=abc"));
        assertEquals("http://h/cb#access_token=REDACTED&state=s", Redact.url("http://h/cb#access_token=abc&state=s"));
    }
}
