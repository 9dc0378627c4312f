package org.musicminion.discover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.musicminion.discover.ExitCode;
import org.musicminion.discover.config.ConfigKey;
import org.musicminion.discover.config.ConfigKeys;
import org.musicminion.discover.testing.TestTerminal;

import picocli.CommandLine;

/**
 * What --help shows, for every command: key names unbroken by wrapping, the global options and exit codes once, and
 * the help of the command asked for.
 */
class HelpTest {
    private static final Pattern DOTTED = Pattern.compile("[a-z_]+(\\.[a-z_]+)+");

    /** Every command path: "sync", "auth login", ... */
    private static List<List<String>> paths() {
        List<List<String>> out = new ArrayList<>();
        collect(Main.commandLine(new Cli(new TestTerminalStub().terminal())), new ArrayList<>(), out);
        return out;
    }

    private static void collect(CommandLine cl, List<String> path, List<List<String>> out) {
        for (var e : cl.getSubcommands().entrySet()) {
            List<String> p = new ArrayList<>(path);
            p.add(e.getKey());
            out.add(p);
            collect(e.getValue(), p, out);
        }
    }

    private static String help(List<String> path) {
        List<String> args = new ArrayList<>(path);
        args.add("--help");
        var r = new TestTerminal().run(args.toArray(String[]::new));
        assertEquals(0, r.exitCode(), r.toString());
        return r.stdout();
    }

    @Test
    void noConfigKeyIsSplitAcrossLines() {
        List<String> keys = ConfigKeys.ALL.stream().map(ConfigKey::path).toList();
        List<List<String>> all = paths();
        all.add(List.of());
        List<String> split = new ArrayList<>();
        for (List<String> path : all) {
            String text = help(path);
            String joined = text.replaceAll("\\.\\n\\s*", ".");
            Matcher m = DOTTED.matcher(joined);
            while (m.find()) {
                if (keys.contains(m.group()) || keys.stream().anyMatch(k -> k.startsWith(m.group() + "."))) {
                    if (!text.contains(m.group())) split.add(String.join(" ", path) + " --help splits " + m.group());
                }
            }
        }
        assertEquals(List.of(), split);
    }

    @Test
    void globalOptionsAndTheExitCodeTableAreShownOnceAtTheTop() {
        String top = help(List.of());
        assertTrue(top.contains("--config=FILE") && top.contains("--data-dir=DIR") && top.contains("Exit codes:"), top);
        for (List<String> path : paths()) {
            if (path.equals(List.of("help"))) continue;
            String text = help(path);
            String name = String.join(" ", path);
            assertFalse(text.contains("--config=FILE") || text.contains("--data-dir=DIR") || text.contains("--verbose"),
                    name + " repeats the global options:\n" + text);
            assertTrue(text.contains("minion-discover --help"), name + " does not point to the top:\n" + text);
            boolean own = path.equals(List.of("resolve")) || path.equals(List.of("judge")) || path.equals(List.of("unfollow"));
            assertEquals(own, text.contains("Exit codes:"), name + ": only resolve, judge and unfollow have exit codes of their own:\n" + text);
        }
    }

    @Test
    void globalOptionsStillWorkAfterASubcommand() {
        var r = new TestTerminal().run("tracks", "--data-dir", System.getProperty("java.io.tmpdir") + "/help-test-" + ProcessHandle.current().pid(),
                "-q", "--limit", "1");
        assertEquals(0, r.exitCode(), r.toString());
        assertEquals("", r.stderr(), "-q after the subcommand is still -q");
    }

    @Test
    void demoNeitherShowsNorTakesTheConfigItIgnores() {
        assertFalse(help(List.of("demo")).contains("--config"));
        var r = new TestTerminal().run("demo", "--config", "x.toml");
        assertEquals(ExitCode.USAGE, r.exitCode(), r.toString());
        assertTrue(r.stderr().contains("--config"), r.stderr());
    }

    @Test
    void helpOfANestedCommandIsThatCommandsHelp() {
        var r = new TestTerminal().run("help", "auth", "login");
        assertEquals(0, r.exitCode(), r.toString());
        assertEquals(help(List.of("auth", "login")), r.stdout());
        assertTrue(r.stdout().contains("--paste"));
        var unknown = new TestTerminal().run("help", "auth", "nope");
        assertEquals(ExitCode.USAGE, unknown.exitCode(), unknown.toString());
    }

    @Test
    void bareAuthWithStdinNotATerminalPrintsTheHelpInsteadOfWaitingForABrowser() {
        var r = new TestTerminal().run("auth"); // the test JVM has no console: stdin is not a terminal
        assertEquals(ExitCode.USAGE, r.exitCode(), r.toString());
        assertTrue(r.stderr().contains("auth login") && r.stderr().contains("Usage: minion-discover auth"), r.stderr());
        assertEquals("", r.stdout());
    }

    @Test
    void onlyTheSubcommandThatRunsIsBuilt() {
        assertEquals(List.of("tracks"), List.copyOf(Main.subcommandsFor(new String[] {"--data-dir", "sync", "-q", "tracks", "--limit", "5"})));
        assertEquals(List.of(), List.copyOf(Main.subcommandsFor(new String[] {"--version"})));
        for (String[] all : new String[][] {{}, {"--help"}, {"help", "tracks"}, {"completion"}, {"trakcs"}}) {
            assertEquals(Cli.SUBCOMMANDS.keySet(), Main.subcommandsFor(all), String.join(" ", all));
        }
        var typo = new TestTerminal().run("trakcs");
        assertEquals(ExitCode.USAGE, typo.exitCode());
        assertTrue(typo.stderr().contains("tracks"), "a typo still gets its suggestion: " + typo.stderr());
    }

    /** A terminal for building the command tree only. */
    private static final class TestTerminalStub {
        Terminal terminal() {
            return new Terminal(System.in, System.out, System.err, java.util.Map.of(), false, false, java.time.Clock.systemUTC(),
                    org.musicminion.discover.Sleeper.SYSTEM);
        }
    }
}
