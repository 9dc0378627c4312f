package org.musicminion.discover.testing;

import java.util.concurrent.atomic.AtomicInteger;

import org.musicminion.discover.http.TokenSource;

/** A token source whose token is "tok-N" after N refreshes: each rejected token is replaced by the next. */
public final class CountingTokens implements TokenSource {
    public final AtomicInteger refreshes = new AtomicInteger();

    @Override
    public String accessToken() {
        return "tok-" + refreshes.get();
    }

    @Override
    public String refreshAfterRejection(String rejected) {
        refreshes.incrementAndGet();
        return accessToken();
    }
}
