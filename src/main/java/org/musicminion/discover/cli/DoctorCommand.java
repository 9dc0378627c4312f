package org.musicminion.discover.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.musicminion.discover.ExitCode;
import org.musicminion.discover.config.Settings;
import org.musicminion.discover.doctor.Check;
import org.musicminion.discover.doctor.Doctor;
import org.musicminion.discover.doctor.DoctorReport;
import org.musicminion.discover.auth.TokenStore;
import org.musicminion.discover.http.ApiClients;
import org.musicminion.discover.http.RetryPolicy;
import org.musicminion.discover.http.ServerDate;
import org.musicminion.discover.http.TokenSource;
import org.musicminion.discover.soundcloud.SoundCloud;
import org.musicminion.discover.store.Database;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code doctor [--fix]}: wires {@link Doctor} to this process's config, data dir and API, and prints its checks. */
@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = {"Check the setup, one line per check, each failure with its fix.",
                "In order: config found and valid, app credentials, the API answering, this machine's clock against the"
                + " server's Date, tokens present, SoundCloud accepting them, the three playlists the tool reads and"
                + " writes, the last sync's outcome; then the cron line to use.",
                "A failed check names its fix. On a terminal the lines; in a pipe or with --json"
                        + " {\"ok\":bool,\"checks\":[{\"check\",\"status\":\"ok\"|\"failed\"|\"skipped\",\"detail\",\"fix\"}]}.",
                "Exit 0 when every check holds, 1 when any does not."})
public final class DoctorCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--fix", description = "Create the playlists that are missing (private), saying so first.")
    boolean fix;

    @Override
    public Integer call() {
        AppContext ctx = Cli.of(spec).context();
        ServerDate serverDate = new ServerDate(ctx.clock());
        DoctorReport report = new Doctor(subject(ctx, serverDate), fix, ctx.output()).run();
        Output out = ctx.output();
        if (out.json()) out.result(report);
        else {
            for (Check c : report.checks()) out.stdout().println(org.musicminion.discover.text.Printable.of(c.line()));
            out.stdout().flush();
            StdoutFailure.check(out.stdout());
        }
        if (report.ok()) return ExitCode.OK;
        out.error("doctor: not ready: " + String.join(", ", report.notHolding()) + " (each line names its fix)");
        return ExitCode.FAILED;
    }

    private static Doctor.Subject subject(AppContext ctx, ServerDate serverDate) {
        return new Doctor.Subject() {
            private ApiClients clients;

            @Override
            public Settings settings() {
                return ctx.settings();
            }

            @Override
            public Path defaultConfigFile() {
                return ctx.defaultConfigFile();
            }

            @Override
            public Path dataDir() {
                return ctx.dataDir();
            }

            @Override
            public Path defaultDataDir() {
                return ctx.defaultDataDir();
            }

            @Override
            public TokenStore tokenStore() {
                return ctx.auth().store();
            }

            @Override
            public TokenSource userTokens() {
                return ctx.auth().userTokens();
            }

            @Override
            public SoundCloud soundcloud(TokenSource tokens) {
                if (clients == null) {
                    // one retry at most: doctor says at once what is wrong instead of backing off for minutes
                    clients = ctx.clients().withPolicy(RetryPolicy.builder().maxRetries(1)
                            .maxRetryAfter(ctx.settings().http().maxRetryAfter()).build()).withInterceptor(serverDate);
                }
                return new SoundCloud(clients.client(ctx.settings().soundcloud().apiUrl(), tokens), ctx.settings().sync().pageSize());
            }

            @Override
            public ServerDate serverDate() {
                return serverDate;
            }

            @Override
            public Database database() {
                return ctx.database();
            }

            @Override
            public String launcher() {
                Path installed = ctx.defaultDataDir().getFileSystem().getPath(
                        ctx.terminal().env().getOrDefault("HOME", System.getProperty("user.home")), ".local", "bin", "minion-discover");
                if (Files.isExecutable(installed)) return installed.toString();
                Path launcher = CompletionCommand.launcher();
                return launcher != null ? launcher.toAbsolutePath().toString() : "$HOME/.local/bin/minion-discover";
            }
        };
    }
}
