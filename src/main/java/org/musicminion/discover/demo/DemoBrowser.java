package org.musicminion.discover.demo;

import java.io.IOException;
import java.net.URI;

import org.musicminion.discover.auth.BrowserLauncher;

import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The demo's "browser": GETs the authorize URL and follows the sandbox's redirect to the loopback
 * listener of {@code auth login}, as a user's browser would after they press "Allow".
 * Whether the login worked is for {@code auth login} to say; this only reports that the page was opened.
 */
final class DemoBrowser implements BrowserLauncher {
    private final OkHttpClient http;

    /** {@code base} is shared for its connection pool; this browser follows redirects on a copy. */
    DemoBrowser(OkHttpClient base) {
        this.http = base.newBuilder().followRedirects(true).followSslRedirects(false).build();
    }

    @Override
    public boolean needsAPerson() {
        return false;
    }

    @Override
    public boolean open(URI authorizeUri) throws IOException {
        try (Response r = http.newCall(new Request.Builder().url(authorizeUri.toString()).build()).execute()) {
            r.body().string(); // read the page to the end, as a browser does
            return true;
        }
    }
}
