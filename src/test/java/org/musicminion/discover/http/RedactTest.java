package org.musicminion.discover.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RedactTest {
    /** Secret query parameters and fragments, a private link's secret token and user info are hidden; the rest is kept. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # secret query parameters
            http://h/cb?code=s3cret&state=abc                              | http://h/cb?code=REDACTED&state=abc
            http://h/x?limit=200&access_token=tok#f                        | http://h/x?limit=200&access_token=REDACTED#f
            http://h/resolve?url=https://soundcloud.com/a/b                | http://h/resolve?url=https://soundcloud.com/a/b
            # the secret token of a private link
            https://api.soundcloud.com/tracks/5?secret_token=s-AbCdE123&limit=1 | https://api.soundcloud.com/tracks/5?secret_token=REDACTED&limit=1
            https://soundcloud.com/artist/track/s-Xy7QpLm0Zz?si=1          | https://soundcloud.com/artist/track/s-REDACTED?si=1
            # a slug is not a token
            https://soundcloud.com/artist/s-town                           | https://soundcloud.com/artist/s-town
            # user info
            https://user:pa55@proxy.example/x?limit=2                      | https://REDACTED@proxy.example/x?limit=2
            # an @ after the host is not user info
            https://api.example/me?next=a@b                                | https://api.example/me?next=a@b
            # percent-encoded and mixed-case names
            http://h/t?client%5Fsecret=shh&x=1                             | http://h/t?client%5Fsecret=REDACTED&x=1
            http://h/t?%63ode=abc                                          | http://h/t?%63ode=REDACTED
            http://h/t?Access_Token=abc                                    | http://h/t?Access_Token=REDACTED
            http://h/cb#access_token=abc&state=s                           | http://h/cb#access_token=REDACTED&state=s
            """)
    void hidesSecretsInAUrlAndKeepsTheRest(String url, String shown) {
        assertEquals(shown, Redact.url(url));
    }
}
