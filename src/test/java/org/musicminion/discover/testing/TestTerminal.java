package org.musicminion.discover.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import org.musicminion.discover.Sleeper;
import org.musicminion.discover.cli.Main;
import org.musicminion.discover.cli.Terminal;

/** Runs the CLI in-process with captured streams, a given environment, clock and sleeper. */
public final class TestTerminal {
    private final Map<String, String> env = new HashMap<>();
    private String stdin = "";
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = d -> {};
    private boolean tty;

    public TestTerminal env(String k, String v) {
        env.put(k, v);
        return this;
    }

    public TestTerminal stdin(String s) {
        this.stdin = s;
        return this;
    }

    public TestTerminal clock(Clock c) {
        this.clock = c;
        return this;
    }

    public TestTerminal sleeper(Sleeper s) {
        this.sleeper = s;
        return this;
    }

    /** stdout and stderr are terminals (the launcher's -Dminion.tty.out/err), as for a person at a shell. */
    public TestTerminal onATerminal() {
        this.tty = true;
        return this;
    }

    public JarProcess.Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        env.putIfAbsent("HOME", System.getProperty("java.io.tmpdir") + "/minion-home-test");
        Terminal t = new Terminal(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.copyOf(env), tty, tty, clock, sleeper);
        int code = Main.run(args, t);
        return new JarProcess.Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
