package org.musicminion.discover.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

import org.musicminion.discover.config.ConfigWarmUp;
import org.musicminion.discover.http.TlsWarmUp;
import org.tomlj.TomlParseResult;

/**
 * Work a command will need that a second core can do while the first sets up picocli: the config file's first
 * parse ({@link ConfigWarmUp}), then, for commands that talk to SoundCloud over https, the JDK's TLS set-up
 * ({@link TlsWarmUp}). Judged from the words of the command line alone; a wrong guess only costs the other
 * core some work. Nothing here is needed for correctness: the command does each thing itself.
 */
final class StartUpWarmUp {
    /**
     * Commands that always make HTTP requests to the configured origins. Not auth (status may need none, and a
     * TLS set-up on the other core made `auth status` 0.04 s slower) nor judge (only --remote and URL inputs ask).
     */
    private static final Set<String> TALKS_TO_SOUNDCLOUD = Set.of("resolve", "sync", "doctor", "unfollow");

    private StartUpWarmUp() {}

    static void start(String[] args, Map<String, String> env) {
        for (String a : args) {
            if (a.equals("-h") || a.equals("--help") || a.equals("-V") || a.equals("--version")) return;
        }
        Collection<String> commands = Main.subcommandsFor(args);
        if (commands.size() != 1) return;
        String command = commands.iterator().next();
        if (!Main.readsConfig(command)) return;
        Path explicit = configNamedIn(args);
        Thread t = new Thread(() -> {
            TomlParseResult toml = ConfigWarmUp.parse(explicit, env);
            if (TALKS_TO_SOUNDCLOUD.contains(command) && !plainHttp(toml)) TlsWarmUp.run();
        }, "start-up-warm-up");
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
