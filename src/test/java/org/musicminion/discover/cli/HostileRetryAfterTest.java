package org.musicminion.discover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.musicminion.discover.Json;
import org.musicminion.discover.testing.FakeAccount;
import org.musicminion.discover.testing.JarProcess;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * A server that asks one request to wait for ages: that item fails as rate_limited, the process goes on
 * (the shared limiter pauses at most http.max_retry_after_seconds), and no number overflows.
 */
class HostileRetryAfterTest {
    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    private volatile String retryAfter;
    @RegisterExtension
    final FakeAccount account = FakeAccount.routed(fake -> new Dispatcher() {
        @Override
        public MockResponse dispatch(RecordedRequest r) {
            String url = r.getUrl().queryParameter("url");
            if (url != null && url.contains("first")) {
                return new MockResponse.Builder().code(429).setHeader("Retry-After", retryAfter).body("{\"code\":429}").build();
            }
            return new MockResponse.Builder().code(302).setHeader("Location", "/tracks/soundcloud:tracks:5").build();
        }
    });

    @ParameterizedTest
    @ValueSource(strings = {"1000000000", "9223372036854775807", "Fri, 31 Dec 9999 23:59:59 GMT"})
    void oneItemFailsAsRateLimitedAndTheRestGoOnWithoutWaitingLongerThanTheCap(String header) throws Exception {
        retryAfter = header;
        JarProcess.Result r = account.cli(account.terminal().sleeper(sleeps::add), "resolve", "-j", "1", "a/first", "a/second", "a/third");
        assertEquals(3, r.lines().size(), r.toString());
        JsonNode first = Json.MAPPER.readTree(r.lines().get(0));
        assertEquals("rate_limited", first.get("error").asText(), r.toString());
        assertEquals("resolved", Json.MAPPER.readTree(r.lines().get(2)).get("status").asText(), r.toString());
        // the pause is at most http.max_retry_after_seconds (120 s), plus the slot spacing of the rate cut the 429 made
        assertTrue(sleeps.stream().allMatch(d -> d.compareTo(Duration.ofSeconds(125)) <= 0),
                "no pause beyond http.max_retry_after_seconds (120): " + sleeps);
        assertTrue(!r.stderr().contains("Exception"), r.stderr());
    }
}
