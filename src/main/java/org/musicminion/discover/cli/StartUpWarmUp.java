package org.musicminion.discover.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

import org.musicminion.discover.JsonStream;
import org.musicminion.discover.config.ConfigWarmUp;
import org.musicminion.discover.http.TlsWarmUp;
import org.musicminion.discover.store.Database;
import org.musicminion.discover.store.SqliteNativeCache;
import org.tomlj.TomlParseResult;

/**
 * Work a command will need that a second core can do while the first sets up picocli: the config file's first
 * parse ({@link ConfigWarmUp}), then, for commands that talk to SoundCloud over https, the JDK's TLS set-up
 * ({@link TlsWarmUp}); and, on a third thread, for commands that open the index, the SQLite driver's set-up
 * ({@link Database#warmUp}) and, for tracks, its NDJSON lines' ({@link JsonStream#prepare}). Judged from the words of the command line alone; a wrong guess only costs the other
 * core some work. Nothing here is needed for correctness: the command does each thing itself.
 */
final class StartUpWarmUp {
    /**
     * Commands that always make HTTP requests to the configured origins. Not auth (status may need none, and a
     * TLS set-up on the other core made `auth status` 0.04 s slower) nor judge (only --remote and URL inputs ask).
     */
    private static final Set<String> TALKS_TO_SOUNDCLOUD = Set.of("resolve", "sync", "doctor", "unfollow");

    private StartUpWarmUp() {}

    /** Commands that open the index database. */
    private static final Set<String> OPEN_THE_DATABASE = Set.of("tracks", "judge", "history", "artists", "evaluate", "export",
            "report", "sync", "unfollow");

    static void start(String[] args, Map<String, String> env) {
        for (String a : args) {
            if (a.equals("-h") || a.equals("--help") || a.equals("-V") || a.equals("--version")) return;
        }
        Collection<String> commands = Main.subcommandsFor(args);
        if (commands.size() != 1) return;
        String command = commands.iterator().next();
        if (!Main.readsConfig(command)) return;
        Path explicit = configNamedIn(args);
        background("start-up-warm-up", () -> {
            TomlParseResult toml = ConfigWarmUp.parse(explicit, env);
            if (TALKS_TO_SOUNDCLOUD.contains(command) && !plainHttp(toml)) TlsWarmUp.run();
        });
        // the driver's set-up, only from a native library already cached (a warm-up writes nothing)
        if (OPEN_THE_DATABASE.contains(command)) {
            background("start-up-database", () -> {
                if (SqliteNativeCache.useIfCached(AppContext.nativeLibraryCache(env))) Database.warmUp();
                if (command.equals("tracks")) JsonStream.prepare(TrackLine.class); // its lines, in a pipe
            });
        }
    }

    private static void background(String name, Runnable work) {
        Thread t = new Thread(work, name);
        t.setDaemon(true); // the process never waits for it
        t.start();
    }

    /** Whether both origins are plain http (a loopback sandbox): the client then sets up no TLS at all. */
    private static boolean plainHttp(TomlParseResult toml) {
        return toml != null && startsWithHttp(toml.getString("soundcloud.api_url"))
                && startsWithHttp(toml.getString("soundcloud.auth_url"));
    }

    private static boolean startsWithHttp(String url) {
        return url != null && url.startsWith("http://");
    }

    /** The file named by --config FILE or --config=FILE, else null. */
    private static Path configNamedIn(String[] args) {
        try {
            for (int i = 0; i < args.length; i++) {
                if (args[i].equals("--config") && i + 1 < args.length) return Path.of(args[i + 1]);
                if (args[i].startsWith("--config=")) return Path.of(args[i].substring("--config=".length()));
            }
        } catch (InvalidPathException e) {
            return null; // picocli's parse reports it
        }
        return null;
    }
}
