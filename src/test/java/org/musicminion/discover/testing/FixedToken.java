package org.musicminion.discover.testing;

import org.musicminion.discover.http.TokenSource;

/** A token source that always hands out the same token (a refused one is refused again: exit 4). */
public record FixedToken(String token) implements TokenSource {
    public static FixedToken of(String token) {
        return new FixedToken(token);
    }

    @Override
    public String accessToken() {
        return token;
    }

    @Override
    public String refreshAfterRejection(String rejected) {
        return token;
    }
}
