package org.musicminion.discover.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.musicminion.discover.sandbox.SandboxServer;

/**
 * A logged-in account on a sandbox started by the test: a config pointing at it and a data dir
 * holding the tokens the sandbox issued, so whole-process tests can run commands at once.
 */
public final class SandboxAccount {
    private final SandboxServer server;
    private final Path config;
    private final Path dataDir;

    private SandboxAccount(SandboxServer server, Path config, Path dataDir) {
        this.server = server;
        this.config = config;
        this.dataDir = dataDir;
    }

    /** Writes config.toml and data/tokens.json (0600) under {@code dir} for {@code server}. */
    public static SandboxAccount loggedIn(SandboxServer server, Path dir) throws IOException {
        Path config = dir.resolve("config.toml");
        Files.writeString(config, "[soundcloud]\nclient_id = \"" + server.clientId() + "\"\nclient_secret = \""
                + server.clientSecret() + "\"\napi_url = \"" + server.baseUrl() + "\"\nauth_url = \"" + server.baseUrl() + "\"\n"
                + "[http]\nmax_retries = 3\n");
        Path data = dir.resolve("data");
        SandboxLogin.writeUserTokens(server, data, 7, "sandbox-listener");
        return new SandboxAccount(server, config, data);
    }

    public SandboxServer server() {
        return server;
    }

    public Path config() {
        return config;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** The jar with --config and --data-dir of this account, then {@code args}. */
    public JarProcess jar(String... args) {
        List<String> all = new ArrayList<>(List.of("--config", config.toString(), "--data-dir", dataDir.toString()));
        all.addAll(List.of(args));
        return JarProcess.of(all);
    }

    /**
     * The account's grant is gone and its access token expired: the refresh token in tokens.json is
     * used once elsewhere (single-use rotation), and tokens.json says the access token expired.
     */
    public void loseGrant() throws IOException {
        Path f = dataDir.resolve("tokens.json");
        var json = (com.fasterxml.jackson.databind.node.ObjectNode) org.musicminion.discover.Json.MAPPER.readTree(Files.readString(f));
        SandboxLogin.rotate(server, json.get("refresh_token").asText());
        json.put("expires_at", Instant.now().minusSeconds(3600).toString());
        Files.writeString(f, org.musicminion.discover.Json.MAPPER.writeValueAsString(json));
    }
}
