package org.musicminion.discover.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;

import org.musicminion.discover.Sleeper;

/**
 * What a process gets from outside: streams, environment, whether stdout/stderr are terminals,
 * the clock and the sleeper. In production these are the real ones (stdout and stderr in UTF-8
 * whatever the locale, see {@link StdStream}); tests pass their own.
 * The launcher tells the JVM about terminals with -Dminion.tty.out / -Dminion.tty.err (Java 17
 * cannot ask about one stream alone).
 */
public record Terminal(InputStream in, PrintStream out, PrintStream err, Map<String, String> env,
                       boolean stdoutIsTty, boolean stderrIsTty, Clock clock, Sleeper sleeper) {

    public static Terminal system() {
        boolean console = System.console() != null;
        return new Terminal(System.in, StdStream.stdout(), StdStream.stderr(), System.getenv(),
                flag("minion.tty.out", console), flag("minion.tty.err", console),
                Clock.systemUTC(), Sleeper.SYSTEM);
    }

    /**
     * The terminal's width for text for people: $COLUMNS when set (as ls does), else what the launcher
     * read from the terminal (-Dminion.columns, `stty size`), else 80.
     */
    public int columns() {
        Integer fromEnv = positive(env.get("COLUMNS"));
        if (fromEnv != null) return fromEnv;
        Integer fromTty = positive(System.getProperty("minion.columns"));
        return fromTty != null ? fromTty : 80;
    }

    private static Integer positive(String value) {
        if (value == null) return null;
        try {
            int n = Integer.parseInt(value.strip());
            return n >= 20 && n <= 10_000 ? n : null;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static boolean flag(String property, boolean fallback) {
        String v = System.getProperty(property);
        return v == null || v.isEmpty() ? fallback : v.equals("1") || v.equalsIgnoreCase("true");
    }
}
