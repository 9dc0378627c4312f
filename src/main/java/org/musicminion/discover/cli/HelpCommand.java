package org.musicminion.discover.cli;

import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code help [COMMAND [SUBCOMMAND...]]}: the help of the command named by the whole path
 * ({@code help auth login} is {@code auth login --help}; picocli's own help command stops at {@code auth}).
 */
@Command(name = "help", helpCommand = true, description = "Show the help of a command: help auth login.")
public final class HelpCommand implements Runnable {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "COMMAND", arity = "0..*", description = "The command, and its subcommand if any.")
    List<String> path = List.of();

    @Override
    public void run() {
        CommandLine target = spec.parent().commandLine();
        for (String name : path) {
            CommandLine next = target.getSubcommands().get(name);
            if (next == null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "unknown command '" + String.join(" ", path)
                        + "'; " + target.getCommandName() + " has: " + String.join(", ", target.getSubcommands().keySet()));
            }
            target = next;
        }
        target.usage(spec.commandLine().getOut()); // the command line's UTF-8 writer
    }
}
