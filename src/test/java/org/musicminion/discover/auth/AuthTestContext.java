package org.musicminion.discover.auth;

import org.musicminion.discover.testing.FakeAuthServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.musicminion.discover.AppContext;
import org.musicminion.discover.Sleeper;
import org.musicminion.discover.cli.Output;
import org.musicminion.discover.cli.Terminal;
import org.musicminion.discover.config.Config;

/** An in-process AppContext pointed at a fake server, with a given clock, a recording sleeper and captured stderr. */
final class AuthTestContext implements AutoCloseable {
    final AppContext ctx;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    AuthTestContext(Path dataDir, String serverUrl, Clock clock, Map<String, Object> extra) {
        this(dataDir, serverUrl, clock, extra, new ByteArrayInputStream(new byte[0]));
    }

    AuthTestContext(Path dataDir, String serverUrl, Clock clock, Map<String, Object> extra, InputStream stdin) {
        Sleeper sleeper = sleeps::add;
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        Terminal t = new Terminal(stdin, o, e, Map.of(), false, false, clock, sleeper);
        ctx = new AppContext(t, new Output(o, e, true, false, false, true, false), null, dataDir);
        String base = serverUrl.endsWith("/") ? serverUrl.substring(0, serverUrl.length() - 1) : serverUrl;
        Map<String, Object> values = new HashMap<>(Map.of(
                "soundcloud.client_id", FakeAuthServer.CLIENT_ID,
                "soundcloud.client_secret", FakeAuthServer.CLIENT_SECRET,
                "soundcloud.auth_url", base,
                "soundcloud.api_url", base,
                "http.max_retries", 3L));
        values.putAll(extra);
        ctx.overrideConfig(Config.defaults().with(values));
    }

    String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        ctx.close();
    }
}
