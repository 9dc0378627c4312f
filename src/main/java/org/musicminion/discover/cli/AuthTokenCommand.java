package org.musicminion.discover.cli;

import java.util.concurrent.Callable;

import org.musicminion.discover.ExitCode;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code auth token [--app]}: prints one valid access token on stdout, for scripts (like {@code gh auth token}). */
@Command(name = "token", mixinStandardHelpOptions = true,
        description = {"Print one valid access token on stdout: the user's (refreshed if due), or with --app the cached"
                + " client-credentials token. For scripts: curl -H \"Authorization: OAuth $(minion-discover auth token)\" ...",
                "Exit 4 when not logged in (without --app)."})
public final class AuthTokenCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--app", description = "The app's client-credentials token (cached and shared; needs no login).")
    boolean app;

    @Override
    public Integer call() {
        AppContext ctx = Cli.of(spec).context();
        String token = app ? ctx.appTokens().accessToken() : ctx.userTokens().accessToken();
        ctx.output().stdout().println(ctx.output().shown(token)); // exact in a pipe; a token with ESC in it is not run by a terminal
        ctx.output().stdout().flush();
        return ExitCode.OK;
    }
}
