package org.musicminion.discover.http;

import java.time.Duration;

import org.musicminion.discover.Version;

import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;

/** Builds the process's one OkHttpClient: User-Agent, timeouts, a connection pool sized for our concurrency. */
public final class HttpClients {
    private HttpClients() {}

    public static OkHttpClient create(Duration timeout) {
        return create(timeout, true);
    }

    /**
     * The client; with {@code tls} false (every configured origin is plain http, which config allows on loopback
     * only) it speaks cleartext only and never sets up TLS: building a TLS-capable client reads and parses the
     * JDK's trust store (~140 certificates) and initialises an SSL context, tens of ms of a cold start that an
     * http-only run never uses.
     */
    public static OkHttpClient create(Duration timeout, boolean tls) {
        OkHttpClient.Builder b = new OkHttpClient.Builder();
        if (!tls) b.connectionSpecs(java.util.List.of(okhttp3.ConnectionSpec.CLEARTEXT));
        return b
                .connectTimeout(min(timeout, Duration.ofSeconds(10)))
                .readTimeout(timeout)
                .writeTimeout(timeout)
                .callTimeout(timeout)
                .connectionPool(new ConnectionPool(64, 5, java.util.concurrent.TimeUnit.MINUTES))
                .retryOnConnectionFailure(false) // our retry policy decides, with backoff
                .addNetworkInterceptor(chain -> chain.proceed(
                        chain.request().newBuilder().header("User-Agent", Version.userAgent()).build()))
                .build();
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) < 0 ? a : b;
    }
}
