package org.musicminion.discover.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.musicminion.discover.ExitException;
import org.musicminion.discover.Json;
import org.musicminion.discover.sandbox.Faults;
import org.musicminion.discover.sandbox.FeedSpec;
import org.musicminion.discover.sandbox.SandboxOptions;
import org.musicminion.discover.sandbox.SandboxServer;
import org.musicminion.discover.sandbox.World;
import org.musicminion.discover.sandbox.zoo.ListenerZoo;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code minion-discover sandbox}: runs the simulated SoundCloud in the foreground (until killed)
 * for benchmarks and trying the tool by hand. Prints the base URL and a config snippet on stderr
 * and one JSON line on stdout for scripts.
 */
@Command(name = "sandbox", description = "Run a simulated SoundCloud on 127.0.0.1 (API and OAuth) until killed.")
public final class SandboxCommand implements Runnable {
    static final String DEFAULT_REDIRECT_URI = "http://127.0.0.1:8765/callback";

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", description = "Port on 127.0.0.1; 0 = any free port (default: ${DEFAULT-VALUE}).")
    int port = 0;

    @Option(names = "--latency-ms", paramLabel = "MS", description = "Mean added latency per API request (default: ${DEFAULT-VALUE}).")
    long latencyMs = 0;

    @Option(names = "--jitter-ms", paramLabel = "MS", description = "Latency varies within ± this (default: ${DEFAULT-VALUE}).")
    long jitterMs = 0;

    @Option(names = "--rate", paramLabel = "PER_S", description = "Token-bucket rate limit in requests/s; 0 = none (default: ${DEFAULT-VALUE}).")
    double rate = 0;

    @Option(names = "--burst", paramLabel = "N", description = "Token-bucket size (default: the rate rounded up, at least 1).")
    Integer burst;

    @Option(names = "--retry-after", paramLabel = "S", description = "Retry-After seconds on a 429; -1 = send none (default: ${DEFAULT-VALUE}).")
    int retryAfter = 1;

    @Option(names = "--error-rate", paramLabel = "SHARE", description = "Share 0..1 of API requests answered 500/502/503 (default: ${DEFAULT-VALUE}).")
    double errorRate = 0;

    @Option(names = "--hang-rate", paramLabel = "SHARE", description = "Share 0..1 of API requests that hang (default: ${DEFAULT-VALUE}).")
    double hangRate = 0;

    @Option(names = "--hang-s", paramLabel = "S", description = "How long a hang lasts, seconds (default: ${DEFAULT-VALUE}).")
    double hangSeconds = 12;

    @Option(names = "--hang-drop", description = "After a hang, drop the connection instead of answering.")
    boolean hangDrop;

    @Option(names = "--token-lifetime-s", paramLabel = "S", description = "Access-token lifetime (default: ${DEFAULT-VALUE}).")
    long tokenLifetime = 3600;

    @Option(names = "--token-faults", description = "Apply latency, rate limit, errors and hangs to /oauth/token too.")
    boolean tokenFaults;

    @Option(names = "--artists", paramLabel = "N", description = "Followed artists (default: ${DEFAULT-VALUE}).")
    int artists = 20;

    @Option(names = "--per-artist", paramLabel = "N", description = "Reposts and likes per artist, each (default: ${DEFAULT-VALUE}).")
    int perArtist = 50;

    @Option(names = "--pool", paramLabel = "N", description = "Tracks in the shared pool (default: ${DEFAULT-VALUE}).")
    int pool = 2000;

    @Option(names = "--deleted-share", paramLabel = "SHARE", description = "Share of the pool that is deleted (default: ${DEFAULT-VALUE}).")
    double deletedShare = 0.05;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the catalogue and of the faults (default: ${DEFAULT-VALUE}).")
    long seed = 42;

    @Option(names = "--client-id", paramLabel = "ID", description = "The app's client id (default: ${DEFAULT-VALUE}).")
    String clientId = SandboxOptions.DEFAULT_CLIENT_ID;

    @Option(names = "--client-secret", paramLabel = "SECRET", description = "The app's client secret (default: ${DEFAULT-VALUE}).")
    String clientSecret = SandboxOptions.DEFAULT_CLIENT_SECRET;

    @Option(names = "--cc-cap", paramLabel = "N", description = "client_credentials grants per 12 h before 429 (default: ${DEFAULT-VALUE}).")
    int clientCredentialsCap = 50;

    @Option(names = "--feed-prolific-share", paramLabel = "SHARE",
            description = "Share 0..1 of the followed artists whose stream items are thinned (default: ${DEFAULT-VALUE}).")
    double feedProlificShare = FeedSpec.DEFAULT.prolificShare();

    @Option(names = "--feed-repost-keep", paramLabel = "SHARE",
            description = "Share 0..1 of a prolific artist's reposts that reach /me/feed/tracks (default: ${DEFAULT-VALUE}).")
    double feedRepostKeep = FeedSpec.DEFAULT.prolificRepostKeep();

    @Option(names = "--feed-upload-keep", paramLabel = "SHARE",
            description = "Share 0..1 of a prolific artist's uploads that reach /me/feed/tracks (default: ${DEFAULT-VALUE}).")
    double feedUploadKeep = FeedSpec.DEFAULT.prolificUploadKeep();

    @Option(names = "--uploads-per-artist", paramLabel = "N", description = "Tracks uploaded by each followed artist (default: ${DEFAULT-VALUE}).")
    int uploadsPerArtist = FeedSpec.DEFAULT.uploadsPerArtist();

    @Option(names = "--config-out", paramLabel = "FILE",
            description = "Also write the printed [soundcloud] snippet to FILE (0600, replaced atomically): a whole config file"
                    + " for --config FILE. A TOML table may appear only once, so do not append the snippet to a config that has one.")
    Path configOut;

    @Option(names = "--listener", paramLabel = "NAME", completionCandidates = ListenerNames.class,
            description = "Shape the catalogue as this simulated listener's world (titles, genre spellings, curators, repost rings):"
                    + " ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; docs/listeners.md).")
    String listener = ListenerZoo.DEFAULT;

    @Override
    public void run() {
        SandboxOptions options = options();
        Terminal t = Cli.of(spec).terminal();
        SandboxServer server;
        try {
            server = SandboxServer.start(options);
        } catch (BindException e) {
            throw ExitException.usage("--port " + port + ": the port is in use; pick another or use --port 0 for any free port");
        } catch (IOException e) {
            throw ExitException.failed("cannot start the sandbox: " + e.getMessage(), e);
        }
        ListenerZoo.attach(server, ListenerNames.story(listener), seed);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "sandbox-shutdown"));
        if (configOut != null) writeConfig(server);
        announce(server, t.out(), t.err());
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.close();
            throw ExitException.interrupted();
        }
    }

    /** Checks every option and builds the server options; exit 2 naming the first bad option. */
    SandboxOptions options() {
        require(port >= 0 && port <= 65535, "--port", "must be 0..65535", port);
        require(latencyMs >= 0, "--latency-ms", "must be >= 0", latencyMs);
        require(jitterMs >= 0, "--jitter-ms", "must be >= 0", jitterMs);
        require(rate >= 0 && Double.isFinite(rate), "--rate", "must be >= 0 (0 = no rate limit)", rate);
        int b = burst == null ? Math.max(1, (int) Math.ceil(rate)) : burst;
        require(b >= 1, "--burst", "must be >= 1", b);
        require(retryAfter >= -1, "--retry-after", "must be >= 0 seconds, or -1 for no Retry-After header", retryAfter);
        require(errorRate >= 0 && errorRate <= 1, "--error-rate", "must be between 0 and 1", errorRate);
        require(hangRate >= 0 && hangRate <= 1, "--hang-rate", "must be between 0 and 1", hangRate);
        require(hangSeconds >= 0, "--hang-s", "must be >= 0", hangSeconds);
        require(tokenLifetime >= 1, "--token-lifetime-s", "must be >= 1", tokenLifetime);
        require(artists >= 1, "--artists", "must be >= 1", artists);
        require(pool >= 10, "--pool", "must be >= 10", pool);
        require(deletedShare >= 0 && deletedShare < 0.5, "--deleted-share", "must be in [0, 0.5)", deletedShare);
        int live = pool - (int) Math.round(pool * deletedShare);
        require(perArtist >= 0 && perArtist <= live, "--per-artist", "must be between 0 and the live pool size (" + live + ")", perArtist);
        require(clientCredentialsCap >= 1, "--cc-cap", "must be >= 1", clientCredentialsCap);
        require(clientId != null && !clientId.isBlank(), "--client-id", "must not be blank", "''");
        require(clientSecret != null && !clientSecret.isBlank(), "--client-secret", "must not be blank", "''");
        require(feedProlificShare >= 0 && feedProlificShare <= 1, "--feed-prolific-share", "must be between 0 and 1", feedProlificShare);
        require(feedRepostKeep >= 0 && feedRepostKeep <= 1, "--feed-repost-keep", "must be between 0 and 1", feedRepostKeep);
        require(feedUploadKeep >= 0 && feedUploadKeep <= 1, "--feed-upload-keep", "must be between 0 and 1", feedUploadKeep);
        require(uploadsPerArtist >= 0 && uploadsPerArtist <= 100, "--uploads-per-artist", "must be 0..100", uploadsPerArtist);
        int userLikes = Math.min(25, live - 6);
        World world = ListenerNames.story(listener).world();
        Faults faults = Faults.NONE.withLatency(latencyMs, jitterMs).withRateLimit(rate, b, retryAfter)
                .withErrorRate(errorRate).withHangs(hangRate, Math.round(hangSeconds * 1000), hangDrop)
                .withTokenLifetimeSeconds(tokenLifetime).withTokenEndpointFaults(tokenFaults);
        return SandboxOptions.builder().port(port).artists(artists).perArtist(perArtist).pool(pool).seed(seed)
                .deletedShare(deletedShare).userLikes(userLikes).clientId(clientId).clientSecret(clientSecret)
                .clientCredentialsCap(clientCredentialsCap, java.time.Duration.ofHours(12)).faults(faults)
                .feed(new FeedSpec(feedProlificShare, feedRepostKeep, feedUploadKeep, uploadsPerArtist)).world(world).build();
    }

    private static void require(boolean ok, String option, String what, Object got) {
        if (!ok) throw ExitException.usage(option + " " + what + " (got " + got + ")");
    }

    /** The [soundcloud] table that points the tool at {@code server}. */
    static String snippet(SandboxServer server) {
        String base = server.baseUrl();
        return "[soundcloud]\n"
                + "client_id = \"" + server.clientId() + "\"\n"
                + "client_secret = \"" + server.clientSecret() + "\"\n"
                + "api_url = \"" + base + "\"\n"
                + "auth_url = \"" + base + "\"\n"
                + "redirect_uri = \"" + DEFAULT_REDIRECT_URI + "\"\n";
    }

    /** --config-out: the snippet as a config file, 0600 (it holds the sandbox app's secret), replaced atomically. */
    private void writeConfig(SandboxServer server) {
        Path target = configOut.toAbsolutePath();
        try {
            Path tmp = Files.createTempFile(target.getParent(), ".sandbox-config", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try {
                Files.writeString(tmp, "# minion-discover sandbox at " + server.baseUrl() + " (use: minion-discover --config " + target
                        + " ...)\n" + snippet(server));
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException | UnsupportedOperationException e) {
            server.close();
            throw ExitException.failed("--config-out " + configOut + ": cannot write it: " + e.getMessage(), e);
        }
    }

    private void announce(SandboxServer server, PrintStream out, PrintStream err) {
        String base = server.baseUrl();
        err.println("sandbox: simulated SoundCloud at " + base + " (" + artists + " artists × " + perArtist
                + " reposts and likes, pool " + pool + ", seed " + seed + ", world of listener " + listener + "); stop with Ctrl-C");
        err.println("sandbox: stats at " + base + "/_sandbox/stats; the simulated listener \"" + listener + "\" judges the Discovery"
                + " playlist on POST " + base + "/_sandbox/listen, a day of new reposts goes by on POST " + base + "/_sandbox/day");
        err.println("sandbox: point the tool at it with this config (a file of its own,"
                + (configOut == null ? " e.g. --config-out FILE" : " written to " + configOut) + "; it replaces a config's [soundcloud]"
                + " table, it cannot be appended to one):");
        err.println();
        err.print(snippet(server));
        err.println();
        err.flush();
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("base_url", base);
        line.put("api_url", base);
        line.put("auth_url", base);
        line.put("client_id", server.clientId());
        line.put("client_secret", server.clientSecret());
        line.put("redirect_uri", DEFAULT_REDIRECT_URI);
        line.put("stats_url", base + "/_sandbox/stats");
        line.put("faults_url", base + "/_sandbox/faults");
        line.put("listener", listener);
        line.put("listen_url", base + "/_sandbox/listen");
        line.put("day_url", base + "/_sandbox/day");
        line.put("port", server.port());
        line.put("pid", ProcessHandle.current().pid());
        try {
            out.println(Json.MAPPER.writeValueAsString(line));
        } catch (IOException e) {
            throw ExitException.failed("cannot write JSON", e);
        }
        out.flush();
    }
}
