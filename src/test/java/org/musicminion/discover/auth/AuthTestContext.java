package org.musicminion.discover.auth;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.musicminion.discover.Messages;
import org.musicminion.discover.Sleeper;
import org.musicminion.discover.config.Settings;
import org.musicminion.discover.http.ApiClients;
import org.musicminion.discover.http.HttpClients;
import org.musicminion.discover.http.RetryPolicy;
import org.musicminion.discover.testing.FakeAuthServer;

import okhttp3.OkHttpClient;

/**
 * One process's auth, built from plain values (no command layer, no config file) and pointed at a
 * fake server: a given clock, a recording sleeper, captured messages.
 */
final class AuthTestContext implements AutoCloseable {
    final AuthServices auth;
    final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    private final StringBuffer err = new StringBuffer();
    private final Settings settings;
    private final ApiClients clients;
    private final InputStream stdin;
    private final Messages messages;
    private final OkHttpClient http;

    AuthTestContext(Path dataDir, String serverUrl, Clock clock, Map<String, Object> extra) {
        this(dataDir, serverUrl, clock, extra, new ByteArrayInputStream(new byte[0]));
    }

    AuthTestContext(Path dataDir, String serverUrl, Clock clock, Map<String, Object> extra, InputStream stdin) {
        String base = serverUrl.endsWith("/") ? serverUrl.substring(0, serverUrl.length() - 1) : serverUrl;
        Map<String, Object> values = new HashMap<>(Map.of(
                "soundcloud.client_id", FakeAuthServer.CLIENT_ID,
                "soundcloud.client_secret", FakeAuthServer.CLIENT_SECRET,
                "soundcloud.auth_url", base,
                "soundcloud.api_url", base,
                "http.max_retries", 3L));
        values.putAll(extra);
        this.settings = Settings.of(null, values);
        this.stdin = stdin;
        this.messages = new Messages() { // as the tool's stderr with -v: every message, one a line
            @Override
            public void info(String m) {
                err.append(m).append('\n');
            }

            @Override
            public void warn(String m) {
                err.append(m.startsWith("warning:") ? m : "warning: " + m).append('\n');
            }

            @Override
            public void verbose(String m) {
                err.append(m).append('\n');
            }

            @Override
            public void prompt(String line) {
                err.append(line).append('\n');
            }
        };
        Sleeper sleeper = sleeps::add;
        this.http = HttpClients.create(settings.http().timeout());
        this.clients = new ApiClients(() -> http, RetryPolicy.builder().maxRetries(settings.http().maxRetries())
                .maxRetryAfter(settings.http().maxRetryAfter()).build(), clock, sleeper, settings.http().timeout(), null);
        this.auth = new AuthServices(dataDir, settings.soundcloud(), settings.auth(), clients, clock, messages);
    }

    LoginFlow loginFlow(BrowserLauncher browser) {
        return new LoginFlow(auth, clients, settings.auth().loginTimeout(), stdin, messages, browser);
    }

    /** An API client on the fake server's API with {@code tokens}. */
    org.musicminion.discover.http.ApiClient api(org.musicminion.discover.http.TokenSource tokens) {
        return clients.client(settings.soundcloud().apiUrl(), tokens);
    }

    String stderr() {
        return err.toString();
    }

    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
