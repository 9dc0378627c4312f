package org.musicminion.discover.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import mockwebserver3.MockWebServer;

/**
 * A logged-in account on a {@link SyncFakeSoundCloud} served by MockWebServer: a data dir with tokens
 * and a config pointing at the fake ({@code [sync] feed = false}, one retry, plus any TOML given).
 * Two followed artists (artist1, artist2) and an empty "Discovery" playlist to start from. Close to stop.
 */
public final class FakeAccount implements AutoCloseable {
    public final MockWebServer server = new MockWebServer();
    public final SyncFakeSoundCloud fake = new SyncFakeSoundCloud();
    public final Path data;
    public final Path config;

    private FakeAccount(Path data, Path config) {
        this.data = data;
        this.config = config;
    }

    /** Starts the fake and writes {@code data}'s tokens and {@code config} (with {@code moreToml} appended). */
    public static FakeAccount start(Path data, Path config, String moreToml) throws IOException {
        FakeAccount a = new FakeAccount(data, config);
        a.server.setDispatcher(a.fake);
        a.server.start();
        a.fake.artist(1, "artist1").artist(2, "artist2");
        a.fake.playlists.put("Discovery", new ArrayList<>());
        Files.writeString(config, "[soundcloud]\napi_url = \"" + a.server.url("/") + "\"\n[http]\nmax_retries = 1\n[sync]\nfeed = false\n"
                + moreToml);
        SyncTestClients.writeTokens(data);
        return a;
    }

    /** {@code --config CONFIG --data-dir DATA} and then {@code args}. */
    public List<String> args(String... args) {
        List<String> all = new ArrayList<>(List.of("--config", config.toString(), "--data-dir", data.toString()));
        all.addAll(List.of(args));
        return all;
    }

    @Override
    public void close() {
        server.close();
    }
}
