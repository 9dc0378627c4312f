package org.musicminion.discover.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.musicminion.discover.ExitCode;
import org.musicminion.discover.auth.BrowserLauncher;
import org.musicminion.discover.config.Settings;
import org.musicminion.discover.demo.Demo;
import org.musicminion.discover.demo.DemoSandbox;
import org.musicminion.discover.demo.DemoTool;
import org.musicminion.discover.sandbox.zoo.ListenerStory;
import org.musicminion.discover.sandbox.zoo.ListenerZoo;
import org.musicminion.discover.store.Database;

import okhttp3.OkHttpClient;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
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

    @Option(names = "--listener", paramLabel = "NAME", completionCandidates = ListenerNames.class,
            description = "The simulated listener (and their world) that judges the pushed playlist: ${COMPLETION-CANDIDATES}"
                    + " (default: ${DEFAULT-VALUE}; docs/listeners.md).")
    String listener = ListenerZoo.DEFAULT;

    @Override
    public Integer call() {
        ListenerStory story = ListenerNames.story(listener);
        Cli root = Cli.of(spec);
        Output output = root.context().output();
        return new Demo(output, root.dataDir, DemoSandbox.latency(),
                (settings, dir) -> new Tool(new AppContext(root.terminal(), output, settings, dir)), story).run();
    }

    /** The demo's tool: every step runs through picocli in one context pointed at the sandbox. */
    static final class Tool implements DemoTool {
        private final AppContext ctx;

        Tool(AppContext ctx) {
            this.ctx = ctx;
        }

        /** A runner for tests: a context on {@code settings} and {@code dir} with the given terminal and output. */
        static DemoTool.Factory factory(Terminal terminal, Output output) {
            return (Settings settings, Path dir) -> new Tool(new AppContext(terminal, output, settings, dir));
        }

        @Override
        public int run(String... args) {
            Cli step = new Cli(ctx.terminal());
            step.useContext(ctx);
            return Main.commandLine(step).execute(args);
        }

        @Override
        public void login(BrowserLauncher browser) {
            ctx.output().result(ctx.loginFlow(browser).listen().toJson());
        }

        @Override
        public Database database() {
            return ctx.database();
        }

        @Override
        public OkHttpClient http() {
            return ctx.http();
        }

        @Override
        public void close() {
            ctx.close();
        }
    }
}
