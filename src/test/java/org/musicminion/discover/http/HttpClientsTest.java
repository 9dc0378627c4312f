package org.musicminion.discover.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

class HttpClientsTest {
    @Test
    void aClientForPlainHttpOriginsSetsUpNoTlsAndStillTalksHttp() throws IOException {
        OkHttpClient client = HttpClients.create(Duration.ofSeconds(5), false);

        assertNull(client.x509TrustManager(), "no trust store read, no SSL context made");
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(new MockResponse.Builder().body("ok").build());
            server.start();
            try (Response r = client.newCall(new Request.Builder().url(server.url("/")).build()).execute()) {
                assertEquals("ok", r.body().string());
            }
        }
        // and it refuses https rather than speaking it half set up (no request can reach https: redirects and
        // next_href stay on the configured origins)
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> client.newCall(new Request.Builder().url("https://127.0.0.1:1/").build()).execute());
        assertEquals("CLEARTEXT-only client", e.getMessage());
    }

    @Test
    void aClientForHttpsOriginsHasTls() {
        assertNotNull(HttpClients.create(Duration.ofSeconds(5), true).x509TrustManager());
    }
}
