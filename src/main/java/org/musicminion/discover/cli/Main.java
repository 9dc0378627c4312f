package org.musicminion.discover.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.musicminion.discover.ExitCode;
import org.musicminion.discover.ExitException;
import org.musicminion.discover.text.Printable;

import picocli.CommandLine;

/** Entry point, and the one place that maps exceptions to exit codes. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(run(Utf8Args.of(args), Terminal.system()));
    }

    /**
     * Runs one command line against the given terminal and returns the exit code. A write to stdout
     * that failed is exit 1 with a message, whatever the command returned (a full disk must not look
     * like success); a reader that went away ends quietly.
     */
    public static int run(String[] args, Terminal terminal) {
        StartUpWarmUp.start(args, terminal.env()); // the config's first parse and TLS, beside picocli's set-up
        Cli root = new Cli(terminal);
        int code;
        try {
            code = commandLine(root, args).execute(args);
        } finally {
            root.closeContext();
        }
        terminal.out().flush();
        StdoutFailure failure = StdoutFailure.of(terminal.out());
        if (failure == null || root.stdoutFailureReported) return code;
        return handle(failure, root);
    }

    /** The configured picocli command line for a root command, with every subcommand. */
    public static CommandLine commandLine(Cli root) {
        return commandLine(root, null);
    }

    /**
     * The configured picocli command line for a root command, with the subcommands {@code args} can
     * reach: only the one named when the first word is a command that runs (building all of them costs
     * a short command a third of its start-up), every one for help, completion, a typo, or no args given.
     */
    static CommandLine commandLine(Cli root, String[] args) {
        Terminal t = root.terminal();
        CommandLine cl = new CommandLine(root);
        for (String name : subcommandsFor(args)) cl.addSubcommand(name, new CommandLine(Cli.SUBCOMMANDS.get(name)));
        HelpLayout.apply(cl);
        cl.setOut(new PrintWriter(new OutputStreamWriter(t.out(), StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new OutputStreamWriter(t.err(), StandardCharsets.UTF_8), true));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        WordEnums.register(cl);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> handle(ex, root));
        cl.setExecutionStrategy(parseResult -> {
            // a named config file that is missing or broken is exit 78 for every command that reads
            // config, even one that would not have needed a value from it (tracks, history, ...)
            if (!helpRequested(parseResult) && readsConfig(parseResult)) {
                try {
                    root.context().settings();
                } catch (ExitException e) {
                    return handle(e, root);
                }
            }
            return new CommandLine.RunLast().execute(parseResult);
        });
        cl.setParameterExceptionHandler((ex, unused) -> {
            CommandLine failed = ex.getCommandLine();
            PrintWriter err = failed.getErr();
            err.println("minion-discover: " + Printable.of(ex.getMessage()));
            if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, err)) {
                err.println("Try '" + failed.getCommandSpec().qualifiedName() + " --help' for usage.");
            }
            err.flush();
            return ExitCode.USAGE;
        });
        return cl;
    }

    /** The subcommands to build for {@code args} (null: all). */
    static java.util.Collection<String> subcommandsFor(String[] args) {
        if (args != null) {
            boolean version = false;
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (a.equals("--config") || a.equals("--data-dir")) {
                    i++; // the option's value
                } else if (!a.startsWith("-")) {
                    boolean runs = Cli.SUBCOMMANDS.containsKey(a) && !a.equals("help") && !a.equals("completion");
                    return runs ? java.util.List.of(a) : Cli.SUBCOMMANDS.keySet();
                } else if (a.equals("-V") || a.equals("--version")) {
                    version = true;
                } else if (a.equals("-h") || a.equals("--help")) {
                    return Cli.SUBCOMMANDS.keySet(); // the usage lists them
                }
            }
            if (version) return java.util.List.of(); // --version alone needs no command
        }
        return Cli.SUBCOMMANDS.keySet();
    }

    /** Commands that never read the user's config: the demo and the sandbox bring their own. */
    // doctor reads the config itself: a broken one is its first failed check, not the end of the run
    private static final java.util.Set<String> NO_CONFIG = java.util.Set.of("demo", "sandbox", "completion", "help", "doctor");

    /** Whether the command named {@code command} reads the user's config. */
    static boolean readsConfig(String command) {
        return !NO_CONFIG.contains(command);
    }

    private static boolean readsConfig(CommandLine.ParseResult parseResult) {
        var chain = parseResult.asCommandLineList();
        if (chain.size() < 2) return false; // the bare root prints usage
        return readsConfig(chain.get(1).getCommandName());
    }

    private static boolean helpRequested(CommandLine.ParseResult parseResult) {
        for (CommandLine.ParseResult pr = parseResult; pr != null; pr = pr.subcommand()) {
            if (pr.isUsageHelpRequested() || pr.isVersionHelpRequested()) return true;
        }
        return false;
    }

    static int handle(Exception ex, Cli root) {
        Throwable t = ex;
        if (t instanceof UncheckedIOException && t.getCause() != null) t = t.getCause();
        var err = root.terminal().err();
        int code;
        String message;
        if (t instanceof StdoutFailure f) {
            root.stdoutFailureReported = true;
            if (f.readerGone()) return f.exitCode();
        }
        if (t instanceof ExitException e) {
            code = e.exitCode();
            message = e.getMessage();
        } else if (t instanceof InterruptedException) {
            code = ExitCode.INTERRUPTED;
            message = "interrupted";
        } else {
            code = ExitCode.FAILED;
            message = "unexpected error: " + t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage())
                    + (root.verbose() ? "" : " (run with -v for details)");
        }
        err.println("minion-discover: " + Printable.of(message));
        // an expected exit (ExitException) is fully told by its message; a stack trace is for the unexpected
        if (root.verbose() && !(t instanceof ExitException) && !(t instanceof InterruptedException)) t.printStackTrace(err);
        err.flush();
        return code;
    }
}
