package org.musicminion.discover.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A config pointing api_url at a test server, for the resolve tests (tokens: SyncTestClients.writeTokens). */
public final class ResolveFixtures {
    private ResolveFixtures() {}

    public static Path configFor(Path dir, String apiUrl) throws IOException {
        Path config = dir.resolve("config.toml");
        Files.writeString(config, "[soundcloud]\napi_url = \"" + apiUrl + "\"\nauth_url = \"" + apiUrl + "\"\n"
                + "client_id = \"test-client\"\nclient_secret = \"test-secret\"\n");
        return config;
    }
}
