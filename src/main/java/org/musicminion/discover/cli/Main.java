package org.musicminion.discover.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;

import org.musicminion.discover.ExitCode;
import org.musicminion.discover.ExitException;

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
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine failed = ex.getCommandLine();
            PrintWriter err = failed.getErr();
            err.println("minion-discover: " + ex.getMessage());
            if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, err)) {
                err.println("Try '" + failed.getCommandSpec().qualifiedName() + " --help' for usage.");
            }
            err.flush();
            return ExitCode.USAGE;
        });
        return cl;
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
        err.println("minion-discover: " + message);
        if (root.verbose()) t.printStackTrace(err);
        err.flush();
        return code;
    }
}
