package org.musicminion.discover.testing;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.musicminion.discover.Sleeper;
import org.musicminion.discover.http.ApiClient;
import org.musicminion.discover.http.HttpClients;
import org.musicminion.discover.http.RetryPolicy;
import org.musicminion.discover.http.TokenSource;

import mockwebserver3.MockWebServer;

/** An ApiClient on a MockWebServer with a fixed fake token and a sleeper that records instead of sleeping. */
public final class SyncTestClients {
    public final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    public final Sleeper sleeper = sleeps::add;

    public static final TokenSource TOKENS = new TokenSource() {
        @Override
        public String accessToken() {
            return "test-token";
        }

        @Override
        public String refreshAfterRejection(String rejected) {
            return "test-token";
        }
    };

    public ApiClient client(MockWebServer server, Clock clock) {
        return new ApiClient(HttpClients.create(Duration.ofSeconds(10)), server.url("/").toString(),
                RetryPolicy.builder().maxRetries(3).build(), clock, sleeper, Duration.ofSeconds(10), TOKENS, null);
    }
}
