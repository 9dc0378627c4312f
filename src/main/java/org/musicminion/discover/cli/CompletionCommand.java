package org.musicminion.discover.cli;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** Prints a bash/zsh completion script: {@code source <(minion-discover completion)}. */
@Command(name = "completion", description = "Print a bash/zsh completion script (source <(minion-discover completion)).")
public final class CompletionCommand implements Runnable {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        String script = AutoComplete.bash("minion-discover", spec.root().commandLine());
        Cli.of(spec).terminal().out().print(script);
        Cli.of(spec).terminal().out().flush();
    }
}
