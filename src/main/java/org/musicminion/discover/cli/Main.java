package org.musicminion.discover.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;

import org.musicminion.discover.ExitCode;
import org.musicminion.discover.ExitException;
import org.musicminion.discover.text.Printable;

import picocli.CommandLine;

/** Entry point, and the one place that maps exceptions to exit codes. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        int code = run(args, Terminal.system());
        System.out.flush();
        System.exit(code);
    }

    /** Runs one command line against the given terminal and returns the exit code. */
    public static int run(String[] args, Terminal terminal) {
        Cli root = new Cli(terminal);
        try {
            return commandLine(root).execute(args);
        } finally {
            root.closeContext();
        }
    }

    /** The configured picocli command line for a root command (also used by completion). */
    public static CommandLine commandLine(Cli root) {
        Terminal t = root.terminal();
        CommandLine cl = new CommandLine(root);
        cl.setOut(new PrintWriter(t.out(), true));
        cl.setErr(new PrintWriter(t.err(), true));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
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
        cl.setParameterExceptionHandler((ex, args) -> {
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

    /** Commands that never read the user's config: the demo and the sandbox bring their own. */
    private static final java.util.Set<String> NO_CONFIG = java.util.Set.of("demo", "sandbox", "completion", "help");

    private static boolean readsConfig(CommandLine.ParseResult parseResult) {
        var chain = parseResult.asCommandLineList();
        if (chain.size() < 2) return false; // the bare root prints usage
        return !NO_CONFIG.contains(chain.get(1).getCommandName());
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
