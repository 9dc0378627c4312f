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

    public static final TokenSource TOKENS = FixedToken.of("test-token");

    /** Writes a logged-in user's tokens.json (0600, far-future expiry) into {@code dataDir}. */
    public static void writeTokens(java.nio.file.Path dataDir) throws java.io.IOException {
        java.nio.file.Files.createDirectories(dataDir, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                java.nio.file.attribute.PosixFilePermissions.fromString("rwx------")));
        java.nio.file.Path f = dataDir.resolve("tokens.json");
        java.nio.file.Files.writeString(f, "{\"access_token\":\"test-access\",\"refresh_token\":\"test-refresh\","
                + "\"expires_at\":\"2099-01-01T00:00:00Z\",\"scope\":\"\","
                + "\"user\":{\"id\":7,\"urn\":\"soundcloud:users:7\",\"username\":\"me\"}}");
        java.nio.file.Files.setPosixFilePermissions(f, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
    }

    public ApiClient client(MockWebServer server, Clock clock) {
        return new ApiClient(HttpClients.create(Duration.ofSeconds(10)), server.url("/").toString(),
                RetryPolicy.builder().maxRetries(3).build(), clock, sleeper, Duration.ofSeconds(10), TOKENS, null);
    }
}
