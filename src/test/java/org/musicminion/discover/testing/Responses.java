package org.musicminion.discover.testing;

import mockwebserver3.MockResponse;

/** Answers a test server gives. */
public final class Responses {
    private Responses() {}

    /** {@code code} with a JSON body. */
    public static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(body).build();
    }
}
