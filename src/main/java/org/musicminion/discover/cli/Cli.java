package org.musicminion.discover.cli;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.musicminion.discover.Version;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The root command: global options and the list of subcommands. Holds the process's {@link AppContext}. */
@Command(name = "minion-discover",
        mixinStandardHelpOptions = true,
        scope = ScopeType.INHERIT, // every subcommand gets -h/--help; Main shows the global options only here
        versionProvider = Cli.VersionProvider.class,
        description = "SoundCloud discovery for Music Minion: index what the artists you follow repost and like,"
                + " keep your verdicts, and fill a Discovery playlist.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:done", "1:failed (network, server, I/O)", "2:usage error", "4:not authenticated (run: minion-discover auth login)",
                "5:partial: some items failed after all retries", "75:another sync holds the lock",
                "78:bad configuration", "130:interrupted"},
        footer = {"%nThe options above work with every command. 'minion-discover help COMMAND [SUBCOMMAND]' (or COMMAND --help)"
                + " shows one command's help."})
public final class Cli implements Runnable {
    /**
     * The subcommands by name, in help order. They are not in the annotation: a command line builds
     * only the one it runs ({@link Main#commandLine(Cli, String[])}), since picocli's reflection over
     * every command and option took a third of a short command's start-up (docs/performance.md).
     */
    static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

    private static Map<String, Class<?>> subcommands() {
        Map<String, Class<?>> m = new LinkedHashMap<>();
        m.put("auth", AuthCommand.class);
        m.put("completion", CompletionCommand.class);
        m.put("judge", JudgeCommand.class);
        m.put("resolve", ResolveCommand.class);
        m.put("sync", SyncCommand.class);
        m.put("tracks", TracksCommand.class);
        m.put("artists", ArtistsCommand.class);
        m.put("history", HistoryCommand.class);
        m.put("evaluate", EvaluateCommand.class);
        m.put("export", ExportCommand.class);
        m.put("unfollow", UnfollowCommand.class);
        m.put("doctor", DoctorCommand.class);
        m.put("report", ReportCommand.class);
        m.put("sandbox", SandboxCommand.class);
        m.put("demo", DemoCommand.class);
        m.put("help", HelpCommand.class);
        return Collections.unmodifiableMap(m);
    }

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "Config file (default: $MINION_DISCOVER_CONFIG, else $XDG_CONFIG_HOME/minion-discover/config.toml).")
    Path configFile;

    @Option(names = "--data-dir", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Where the database, tokens and lock live (default: $MINION_DISCOVER_DATA, else $XDG_DATA_HOME/minion-discover).")
    Path dataDir;

    @Option(names = "--json", scope = ScopeType.INHERIT, description = "JSON on stdout even on a terminal.")
    boolean json;

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT, description = "Errors only on stderr.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT, description = "More detail on stderr (never a secret).")
    boolean verbose;

    private final Terminal terminal;
    private AppContext context;
    /** Main already ended the run on a failed write to stdout. */
    volatile boolean stdoutFailureReported;

    public Cli(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public void run() {
        spec.commandLine().usage(terminal.err());
    }

    public Terminal terminal() {
        return terminal;
    }

    boolean verbose() {
        return verbose;
    }

    /** The process's context, built on first use from the global options. */
    public synchronized AppContext context() {
        if (context == null) {
            Output output = new Output(terminal.out(), terminal.err(), Output.Form.of(terminal.stdoutIsTty(), json),
                    quiet ? Output.Verbosity.QUIET : verbose ? Output.Verbosity.VERBOSE : Output.Verbosity.NORMAL,
                    terminal.stdoutIsTty(), terminal.stderrIsTty(), terminal.columns());
            context = new AppContext(terminal, output, configFile, dataDir);
        }
        return context;
    }

    /** Sets the context up front (the demo runs commands against its own sandbox context). */
    public synchronized void useContext(AppContext ctx) {
        this.context = ctx;
    }

    synchronized void closeContext() {
        if (context != null) context.close();
    }

    /** Finds the root {@link Cli} from any subcommand's spec. */
    public static Cli of(CommandLine.Model.CommandSpec spec) {
        return (Cli) spec.root().userObject();
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"minion-discover " + Version.get()};
        }
    }
}
