package org.musicminion.discover.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/**
 * Prints a bash/zsh completion script: {@code source <(minion-discover completion)}. It completes
 * the installed name {@code minion-discover} (README's install line puts it on PATH) and the launcher
 * as typed from the repository: {@code bin/minion-discover}, {@code ./bin/minion-discover} and its
 * absolute path.
 */
@Command(name = "completion", description = "Print a bash/zsh completion script (source <(minion-discover completion)).")
public final class CompletionCommand implements Runnable {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        StringBuilder script = new StringBuilder(AutoComplete.bash("minion-discover", spec.root().commandLine()));
        script.append("\n# The launcher as typed from the repository completes the same way.\n")
                .append("complete -F _complete_minion-discover -o default bin/minion-discover ./bin/minion-discover");
        Path launcher = launcher();
        if (launcher != null) script.append(" '").append(launcher.toString().replace("'", "'\\''")).append('\'');
        script.append('\n');
        var out = spec.commandLine().getOut();
        out.print(script);
        out.flush();
    }

    /** bin/minion-discover next to the running jar (target/minion-discover.jar), or null. */
    static Path launcher() {
        try {
            Path jar = Path.of(CompletionCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path parent = jar.getParent() == null ? null : jar.getParent().getParent();
            Path launcher = parent == null ? null : parent.resolve("bin").resolve("minion-discover");
            return launcher != null && Files.isRegularFile(launcher) ? launcher : null;
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }
}
