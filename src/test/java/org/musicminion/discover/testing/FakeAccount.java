package org.musicminion.discover.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.musicminion.discover.store.Database;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockWebServer;

/**
 * The fixture of the command tests, as a JUnit 5 extension: a logged-in account on a {@link SyncFakeSoundCloud}
 * served by MockWebServer, a config file pointing at it, a data dir with the user's tokens, and runners for the CLI
 * in-process ({@link #cli}) or as the built jar ({@link #jar}). Register it on a field; each test gets a fresh one:
 *
 * <pre>{@code
 * @RegisterExtension
 * final FakeAccount account = FakeAccount.create("[sync]\npage_size = 2\n").clock(clock);
 * }</pre>
 *
 * Before each test (and before the class's own {@code @BeforeEach}, which fills {@link #fake}) it starts the server,
 * writes {@link #config} ({@code [soundcloud]} api_url, auth_url and app credentials for the server, then the given
 * TOML) and the tokens in {@link #data}; after it, it stops the server and deletes {@link #dir}. The fake starts with
 * no artists and no playlists; {@link #withTwoArtists} is the common start.
 */
public final class FakeAccount implements BeforeEachCallback, AfterEachCallback {
    private final FakeServer<SyncFakeSoundCloud> served;
    public final SyncFakeSoundCloud fake;
    public final MockWebServer server;
    /** This test's own directory: config.toml, data/ and whatever else the test puts there. */
    public Path dir;
    public Path data;
    public Path config;

    private final String toml;
    private Clock clock = Clock.systemUTC();

    private FakeAccount(String toml, Function<SyncFakeSoundCloud, Dispatcher> routes) {
        this.toml = toml;
        this.served = new FakeServer<>(new SyncFakeSoundCloud(), routes);
        this.fake = served.fake;
        this.server = served.server;
    }

    /** An account whose fake follows nobody yet, with {@code toml} appended to the config after its {@code [soundcloud]} table. */
    public static FakeAccount create(String toml) {
        return new FakeAccount(toml, f -> f);
    }

    public static FakeAccount create() {
        return create("");
    }

    /** An account whose server answers with {@code routes}: a test's own, which may hand the rest to the fake. */
    public static FakeAccount routed(Function<SyncFakeSoundCloud, Dispatcher> routes) {
        return new FakeAccount("", routes);
    }

    /**
     * Two followed artists (artist1, artist2) and an empty "Discovery" playlist, with one retry and the stream off
     * ({@code [http] max_retries = 1}, {@code [sync] feed = false}) before {@code moreToml}.
     */
    public static FakeAccount withTwoArtists(String moreToml) {
        FakeAccount a = create("[http]\nmax_retries = 1\n[sync]\nfeed = false\n" + moreToml);
        a.fake.artist(1, "artist1").artist(2, "artist2");
        a.fake.playlists.put("Discovery", new ArrayList<>());
        return a;
    }

    /** The clock of {@link #cli} runs (by default the system's). */
    public FakeAccount clock(Clock clock) {
        this.clock = clock;
        return this;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        dir = served.start();
        config = dir.resolve("config.toml");
        String url = server.url("/").toString();
        Files.writeString(config, "[soundcloud]\napi_url = \"" + url + "\"\nauth_url = \"" + url + "\"\n"
                + "client_id = \"test-client\"\nclient_secret = \"test-secret\"\n" + toml);
        data = dataDir("data");
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        served.stop(dir);
    }

    /** Another data dir under {@link #dir}, logged in as the same user (for a second account or process). */
    public Path dataDir(String name) {
        Path d = dir.resolve(name);
        try {
            SyncTestClients.writeTokens(d);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return d;
    }

    /** {@code --config CONFIG --data-dir DATA} and then {@code args}. */
    public List<String> args(String... args) {
        return argsFor(data, args);
    }

    /** {@code --config CONFIG --data-dir dataDir} and then {@code args}. */
    public List<String> argsFor(Path dataDir, String... args) {
        List<String> all = new ArrayList<>(List.of("--config", config.toString(), "--data-dir", dataDir.toString()));
        all.addAll(List.of(args));
        return all;
    }

    /** Runs these SQL statements, in order, in one write to the account's index (to set up what a sync cannot). */
    public void sql(String... statements) {
        try (Database db = Database.openIn(data)) {
            db.write(c -> {
                try (Statement s = c.createStatement()) {
                    for (String sql : statements) s.executeUpdate(sql);
                }
                return null;
            });
        }
    }

    /** A terminal with this account's clock, for a run that needs stdin, environment or a sleeper too. */
    public TestTerminal terminal() {
        return new TestTerminal().clock(clock);
    }

    /** The CLI in-process on this account: {@code minion-discover --config CONFIG --data-dir DATA args...}. */
    public JarProcess.Result cli(String... args) {
        return cli(terminal(), args);
    }

    /** The CLI in-process on this account, on {@code terminal}. */
    public JarProcess.Result cli(TestTerminal terminal, String... args) {
        return terminal.run(args(args).toArray(String[]::new));
    }

    /** The built jar on this account, to run or start. */
    public JarProcess jar(String... args) {
        return JarProcess.of(args(args));
    }
}
