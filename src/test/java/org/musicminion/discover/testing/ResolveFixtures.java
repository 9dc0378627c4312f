package org.musicminion.discover.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Files the resolve tests need: a config pointing api_url at a test server, and a logged-in tokens.json. */
public final class ResolveFixtures {
    private ResolveFixtures() {}

    public static Path configFor(Path dir, String apiUrl) throws IOException {
        Path config = dir.resolve("config.toml");
        Files.writeString(config, "[soundcloud]\napi_url = \"" + apiUrl + "\"\nauth_url = \"" + apiUrl + "\"\n"
                + "client_id = \"test-client\"\nclient_secret = \"test-secret\"\n");
        return config;
    }

    public static void writeTokens(Path dataDir) throws IOException {
        Files.createDirectories(dataDir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Path f = dataDir.resolve("tokens.json");
        Files.writeString(f, "{\"access_token\":\"test-access\",\"refresh_token\":\"test-refresh\","
                + "\"expires_at\":\"2099-01-01T00:00:00Z\",\"scope\":\"\",\"user\":{\"id\":1,\"urn\":\"soundcloud:users:1\","
                + "\"username\":\"tester\"}}");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
    }
}
