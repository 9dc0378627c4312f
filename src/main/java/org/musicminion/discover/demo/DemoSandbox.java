package org.musicminion.discover.demo;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import org.musicminion.discover.config.Settings;
import org.musicminion.discover.sandbox.Faults;
import org.musicminion.discover.sandbox.SandboxOptions;
import org.musicminion.discover.sandbox.SandboxServer;
import org.musicminion.discover.sandbox.World;

/**
 * The simulated SoundCloud the demo runs against: a small catalogue (12 artists, each reposting and
 * liking 40 of 400 tracks) with a few milliseconds of latency per call, so the whole job runs in
 * seconds, and the config that points the tool at it.
 */
public final class DemoSandbox {
    static final int ARTISTS = 12;
    static final int PER_ARTIST = 40;
    static final int POOL = 400;
    static final int USER_LIKES = 10;
    static final long SEED = 2026;
    static final long LATENCY_MS = 3;
    static final long JITTER_MS = 2;
    static final int LOGIN_TIMEOUT_SECONDS = 20;

    private DemoSandbox() {}

    /** The demo's sandbox options; {@code faults} replaces the default latency (tests pass harsher ones). */
    public static SandboxOptions options(String redirectUri, Faults faults) {
        return options(redirectUri, faults, World.PLAIN);
    }

    /** As {@link #options(String, Faults)}, the catalogue shaped by {@code world} (a zoo listener's). */
    public static SandboxOptions options(String redirectUri, Faults faults, World world) {
        return SandboxOptions.builder().port(0).artists(ARTISTS).perArtist(PER_ARTIST).pool(POOL).userLikes(USER_LIKES).seed(SEED)
                .redirectUri(redirectUri).faults(faults).world(world).build();
    }

    /** The default faults: latency only. */
    public static Faults latency() {
        return Faults.NONE.withLatency(LATENCY_MS, JITTER_MS);
    }

    /** {@code http://127.0.0.1:<a free port>/callback}: where {@code auth login} listens during the demo. */
    public static String freeRedirectUri() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + s.getLocalPort() + "/callback";
        }
    }

    /**
     * The config of a run against {@code sandbox}: defaults, with the API, the authorization server and
     * the app credentials of the sandbox and the given redirect URI. Nothing from the user's config applies, and no
     * Music Minion database is read (the player's verdicts are the listener's, not the sandbox's).
     */
    public static Settings settings(SandboxServer sandbox, String redirectUri) {
        Settings d = Settings.of(null, java.util.Map.of(Settings.MusicMinion.DATABASE_KEY, ""));
        return d.withSoundCloud(new Settings.SoundCloud(sandbox.clientId(), sandbox.clientSecret(), redirectUri,
                        sandbox.baseUrl(), sandbox.baseUrl(), null))
                .withAuth(new Settings.Auth(d.auth().refreshMarginSeconds(), LOGIN_TIMEOUT_SECONDS));
    }
}
