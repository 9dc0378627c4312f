package org.musicminion.discover.cli;

import java.util.concurrent.Callable;

import org.musicminion.discover.demo.Demo;
import org.musicminion.discover.demo.DemoSandbox;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/**
 * {@code demo}: the whole job with no SoundCloud account, against a simulated SoundCloud in this
 * process. Each step is the real command, run through picocli exactly as typed.
 */
@Command(name = "demo",
        description = {"Run the whole job with no SoundCloud account: start a simulated SoundCloud on 127.0.0.1 in this process,"
                + " log in to it (the demo plays the browser), sync, judge a few tracks, push the Discovery playlist and"
                + " list the top tracks, printing each step's real output.",
                "Uses a new temporary data dir unless --data-dir names one (a dir holding a real account's tokens or index is"
                + " refused with exit 2). The data dir is kept. Ignores the config file: everything points at the sandbox.",
                "Exits with the failing step's exit code, naming the step."})
public final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Cli root = Cli.of(spec);
        Terminal terminal = root.terminal();
        return new Demo(terminal, root.context().output(), root.dataDir, DemoSandbox.latency(), (ctx, args) -> {
            Cli step = new Cli(terminal);
            step.useContext(ctx);
            return Main.commandLine(step).execute(args);
        }).run();
    }
}
