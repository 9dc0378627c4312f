package org.musicminion.discover.sandbox;

import java.time.Clock;
import java.time.Duration;

/**
 * How to start a {@link SandboxServer}: the catalogue to generate, the app credentials it accepts,
 * the client-credentials grant cap, the initial {@link Faults} and the clock that expires tokens.
 * Immutable; build with {@link #builder()}, which checks every value.
 *
 * @param port          TCP port on 127.0.0.1; 0 = any free port
 * @param catalogue     what to generate
 * @param clientId      the one app's client id
 * @param clientSecret  the one app's client secret
 * @param redirectUri   the registered redirect URI; null = accept any http loopback URI (127.0.0.1, localhost, [::1])
 * @param clientCredentialsCap    client_credentials grants allowed per window; later ones answer 429
 * @param clientCredentialsWindow the window of that cap
 * @param faults        faults at start
 * @param faultSeed     seed of the random choices of faults (errors, hangs, jitter)
 * @param clock         expires tokens and codes and dates the stream; tests pass a movable clock
 * @param feed          how the stream ({@code /me/feed/tracks}) is thinned and what uploads it carries
 * @param world         how much of real SoundCloud's mess the catalogue carries (tags, genre spellings, curators, rings)
 */
public record SandboxOptions(int port, CatalogueSpec catalogue, String clientId, String clientSecret, String redirectUri,
                             int clientCredentialsCap, Duration clientCredentialsWindow, Faults faults, long faultSeed,
                             Clock clock, FeedSpec feed, World world) {
    public static final String DEFAULT_CLIENT_ID = "sandbox-client";
    public static final String DEFAULT_CLIENT_SECRET = "sandbox-secret";

    public SandboxOptions {
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be 0..65535");
        if (catalogue == null || faults == null || clock == null || feed == null || world == null) {
            throw new IllegalArgumentException("catalogue, faults, clock, feed and world are required");
        }
        if (clientId == null || clientId.isBlank()) throw new IllegalArgumentException("client id must not be blank");
        if (clientSecret == null || clientSecret.isBlank()) throw new IllegalArgumentException("client secret must not be blank");
        if (clientCredentialsCap < 1) throw new IllegalArgumentException("client credentials cap must be >= 1");
        if (clientCredentialsWindow == null || clientCredentialsWindow.isNegative() || clientCredentialsWindow.isZero())
            throw new IllegalArgumentException("client credentials window must be positive");
    }

    /** Defaults: any port, a small catalogue (20 artists × 50), no faults, cap 50 per 12 h like SoundCloud. */
    public static Builder builder() {
        return new Builder();
    }

    public static SandboxOptions defaults() {
        return builder().build();
    }

    /** Builder for {@link SandboxOptions}; not thread-safe. */
    public static final class Builder {
        private int port = 0;
        private int artists = 20;
        private int perArtist = 50;
        private int pool = 2000;
        private long seed = 42;
        private double deletedShare = 0.05;
        private int userLikes = 25;
        private String clientId = DEFAULT_CLIENT_ID;
        private String clientSecret = DEFAULT_CLIENT_SECRET;
        private String redirectUri = null;
        private int clientCredentialsCap = 50;
        private Duration clientCredentialsWindow = Duration.ofHours(12);
        private Faults faults = Faults.NONE;
        private Long faultSeed = null;
        private Clock clock = Clock.systemUTC();
        private FeedSpec feed = FeedSpec.DEFAULT;
        private World world = World.PLAIN;

        public Builder port(int v) { port = v; return this; }
        public Builder artists(int v) { artists = v; return this; }
        public Builder perArtist(int v) { perArtist = v; return this; }
        public Builder pool(int v) { pool = v; return this; }
        public Builder seed(long v) { seed = v; return this; }
        public Builder deletedShare(double v) { deletedShare = v; return this; }
        public Builder userLikes(int v) { userLikes = v; return this; }
        public Builder clientId(String v) { clientId = v; return this; }
        public Builder clientSecret(String v) { clientSecret = v; return this; }
        public Builder redirectUri(String v) { redirectUri = v; return this; }
        public Builder clientCredentialsCap(int cap, Duration window) { clientCredentialsCap = cap; clientCredentialsWindow = window; return this; }
        public Builder faults(Faults v) { faults = v; return this; }
        public Builder faultSeed(long v) { faultSeed = v; return this; }
        public Builder clock(Clock v) { clock = v; return this; }
        public Builder feed(FeedSpec v) { feed = v; return this; }
        public Builder world(World v) { world = v; return this; }

        public SandboxOptions build() {
            CatalogueSpec spec = new CatalogueSpec(artists, perArtist, pool, seed, deletedShare, userLikes);
            return new SandboxOptions(port, spec, clientId, clientSecret, redirectUri, clientCredentialsCap,
                    clientCredentialsWindow, faults, faultSeed == null ? seed : faultSeed, clock, feed, world);
        }
    }
}
