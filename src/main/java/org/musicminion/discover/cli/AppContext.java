package org.musicminion.discover.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import java.util.function.Consumer;

import org.musicminion.discover.Sleeper;
import org.musicminion.discover.auth.AuthServices;
import org.musicminion.discover.auth.BrowserLauncher;
import org.musicminion.discover.auth.LoginFlow;
import org.musicminion.discover.config.ConfigLoader;
import org.musicminion.discover.config.Settings;
import org.musicminion.discover.files.DataDir;
import org.musicminion.discover.http.AdaptiveRateLimiter;
import org.musicminion.discover.http.ApiClient;
import org.musicminion.discover.http.ApiClients;
import org.musicminion.discover.http.HttpClients;
import org.musicminion.discover.http.Pages;
import org.musicminion.discover.http.RetryPolicy;
import org.musicminion.discover.http.TokenSource;
import org.musicminion.discover.resolve.ResolveResult;
import org.musicminion.discover.resolve.ResolveRunner;
import org.musicminion.discover.resolve.ResolveSession;
import org.musicminion.discover.store.Database;
import org.musicminion.discover.sync.PlayerVerdicts;
import org.musicminion.discover.store.SqliteNativeCache;

import okhttp3.OkHttpClient;

/**
 * The composition root of one process: builds, on first use, everything the commands share (config
 * read once, data dir created 0700, the one OkHttpClient, the retry policy, API clients, auth, the
 * database) and hands each feature its collaborators through its constructor. Features never see
 * this class. Commands get it from {@code Cli.context()}. Thread-safe.
 */
public final class AppContext implements AutoCloseable {
    private final Terminal terminal;
    private final Output output;
    private final Path configFile;
    private final Path dataDirOption;

    private Settings settings;
    private Path dataDir;
    private OkHttpClient http;
    private Database database;
    private AuthServices auth;
    private AdaptiveRateLimiter rateLimiter;

    public AppContext(Terminal terminal, Output output, Path configFile, Path dataDir) {
        this.terminal = terminal;
        this.output = output;
        this.configFile = configFile;
        this.dataDirOption = dataDir;
    }

    /** A context with given settings instead of a config file (the demo points the tool at its sandbox). */
    public AppContext(Terminal terminal, Output output, Settings settings, Path dataDir) {
        this(terminal, output, (Path) null, dataDir);
        this.settings = settings;
    }

    public Terminal terminal() {
        return terminal;
    }

    public Output output() {
        return output;
    }

    public Clock clock() {
        return terminal.clock();
    }

    public Sleeper sleeper() {
        return terminal.sleeper();
    }

    /** The config, read once per process. */
    public synchronized Settings settings() {
        // config mistakes are warned even with -q: a cron job must still hear of them
        if (settings == null) settings = new ConfigLoader(terminal.env(), output::warnAlways).load(configFile);
        return settings;
    }

    /**
     * The data dir: --data-dir, else $MINION_DISCOVER_DATA, else $XDG_DATA_HOME/minion-discover
     * (~/.local/share/minion-discover). Created 0700 on first use; an existing one must be ours and is
     * narrowed to 0700 when group or others may write to it; exit 1 naming it when it cannot be used.
     */
    public synchronized Path dataDir() {
        if (dataDir == null) {
            Path dir = dataDirOption != null ? dataDirOption : configuredDataDir();
            dataDir = DataDir.ensure(dir.toAbsolutePath(), output::warn);
        }
        return dataDir;
    }

    /** Where the data dir is when neither --data-dir nor $MINION_DISCOVER_DATA names one (cron sees neither). */
    public Path defaultDataDir() {
        var env = terminal.env();
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                : Path.of(env.getOrDefault("HOME", System.getProperty("user.home")), ".local", "share");
        return base.resolve("minion-discover");
    }

    /** Music Minion's database file (music_minion.database, expanded against this process's environment); null when off. */
    public Path musicMinionDatabase() {
        var env = terminal.env();
        return settings().musicMinion().databaseFile(env::get, Path.of(env.getOrDefault("HOME", System.getProperty("user.home"))));
    }

    /** The player's verdicts for an import, or null when music_minion.database is off. */
    public PlayerVerdicts playerVerdicts() {
        Path file = musicMinionDatabase();
        return file == null ? null : new PlayerVerdicts(file, output::warn, output::verbose);
    }

    /** Where the config is when neither --config nor $MINION_DISCOVER_CONFIG names one. */
    public Path defaultConfigFile() {
        return new ConfigLoader(terminal.env(), w -> {}).defaultPath();
    }

    private Path configuredDataDir() {
        var env = terminal.env();
        String explicit = env.get("MINION_DISCOVER_DATA");
        if (explicit != null && !explicit.isBlank()) return Path.of(explicit);
        return defaultDataDir();
    }

    /** The process's one OkHttpClient. */
    public synchronized OkHttpClient http() {
        if (http == null) {
            var sc = settings().soundcloud();
            http = HttpClients.create(httpTimeout(), !(sc.apiUrl().startsWith("http://") && sc.authUrl().startsWith("http://")));
        }
        return http;
    }

    public Duration httpTimeout() {
        return settings().http().timeout();
    }

    /** The retry policy from the [http] config. */
    public RetryPolicy retryPolicy() {
        return RetryPolicy.builder()
                .maxRetries(settings().http().maxRetries())
                .maxRetryAfter(settings().http().maxRetryAfter())
                .build();
    }

    /**
     * HTTP with the config's retry policy and timeout, the injected clock and sleeper, -v's request log, the
     * process's one {@link #rateLimiter()} pacing every attempt, [http]'s list caps, and the process's one budget of
     * response bytes in flight.
     */
    public ApiClients clients() {
        Settings.Http h = settings().http();
        return new ApiClients(this::http, retryPolicy(), clock(), sleeper(), httpTimeout(), requestLog(), rateLimiter(),
                new Pages.Limits(h.maxPagesPerList(), h.maxItemsPerList(), Pages.Limits.DEFAULT.maxEmptyPagesInARow()),
                org.musicminion.discover.http.BodyBudget.PROCESS);
    }

    /** The one client-side request rate of this process (AIMD, Retry-After respected), shared by every API client. */
    public synchronized AdaptiveRateLimiter rateLimiter() {
        if (rateLimiter == null) rateLimiter = new AdaptiveRateLimiter(clock(), sleeper(), settings().http().maxRetryAfter());
        return rateLimiter;
    }

    /** An API client on soundcloud.api_url that authenticates with {@code tokens}. */
    public ApiClient api(TokenSource tokens) {
        return clients().client(settings().soundcloud().apiUrl(), tokens);
    }

    /** Token endpoint, token store and token sources (package auth), built on first use. */
    public synchronized AuthServices auth() {
        if (auth == null) auth = new AuthServices(dataDir(), settings().soundcloud(), settings().auth(), clients(), clock(), output);
        return auth;
    }

    /** {@code auth login} with the given browser. */
    public LoginFlow loginFlow(BrowserLauncher browser) {
        return new LoginFlow(auth(), clients(), settings().auth().loginTimeout(), terminal.in(), output, browser);
    }

    /** A resolve session on the resolve token (user, else app) with {@code policy}; {@code sink} gets answers in input order. */
    public ResolveSession resolveSession(int concurrency, RetryPolicy policy, boolean readCache, Consumer<ResolveResult> sink) {
        ApiClients c = clients().withPolicy(policy);
        String apiUrl = settings().soundcloud().apiUrl();
        return ResolveSession.open(resolveTokens(), tokens -> c.client(apiUrl, tokens), rateLimiter(), this::database, clock(),
                ResolveRunner.Settings.of(concurrency, readCache), sink);
    }

    /** The logged-in user's tokens; exit 4 "run: minion-discover auth login" when nobody is logged in. */
    public TokenSource userTokens() {
        return auth().requireUserTokens();
    }

    /** The cached client-credentials (app) token. */
    public TokenSource appTokens() {
        return auth().appTokens();
    }

    /** The user's tokens when logged in, else the client-credentials token. */
    public TokenSource resolveTokens() {
        return auth().resolveTokens();
    }

    /** Where ApiClient logs each attempt: stderr with -v, else nowhere (null, so nothing is built). */
    public Consumer<String> requestLog() {
        return output.isVerbose() ? output::verbose : null;
    }

    /** The index database in the data dir, opened (and migrated) on first use. */
    /** The day's budget of writes to SoundCloud (http.max_writes_per_day), counted in the database every process shares. */
    public org.musicminion.discover.writes.WriteBudget writeBudget() {
        return new org.musicminion.discover.writes.WriteBudget(database(), settings().http().maxWritesPerDay(), clock());
    }

    public synchronized Database database() {
        if (database == null) {
            SqliteNativeCache.use(nativeLibraryCache(terminal.env()));
            database = Database.openIn(dataDir());
        }
        return database;
    }

    /**
     * Where the SQLite native library is kept: under $XDG_CACHE_HOME/minion-discover, else ~/.cache/minion-discover
     * (what can be rebuilt).
     */
    static Path nativeLibraryCache(java.util.Map<String, String> env) {
        String xdg = env.get("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                : Path.of(env.getOrDefault("HOME", System.getProperty("user.home")), ".cache");
        return base.resolve("minion-discover").resolve("native");
    }

    /** Closes what this context opened (the database). */
    @Override
    public synchronized void close() {
        if (database != null) {
            database.close();
            database = null;
        }
        if (http != null) {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }
}
