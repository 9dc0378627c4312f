package org.musicminion.discover.cli;

import java.util.concurrent.Callable;

import org.musicminion.discover.ExitCode;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * {@code auth}: log in to SoundCloud and manage the stored tokens. Bare {@code auth} is
 * {@code auth login} (the contract), said on stderr before it starts; when stdin is not a terminal
 * and no login option was given it is more likely a script's slip than a wish to wait minutes for a
 * browser, so it prints the help instead (exit 2) and names {@code auth login}.
 */
@Command(name = "auth", mixinStandardHelpOptions = true,
        description = "Log in to SoundCloud and manage the stored tokens (bare 'auth' = 'auth login'; from a script,"
                + " say 'auth login').",
        subcommands = {AuthLoginCommand.class, AuthStatusCommand.class, AuthTokenCommand.class, AuthLogoutCommand.class})
public final class AuthCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    AuthLoginCommand.Options options;

    @Override
    public Integer call() {
        Cli root = Cli.of(spec);
        boolean loginAsked = options.paste || options.noBrowser;
        if (!loginAsked && !stdinIsTerminal()) {
            var err = spec.commandLine().getErr();
            spec.commandLine().usage(err);
            err.println();
            err.println("minion-discover: bare 'auth' starts a login only on a terminal; to log in from a script or pipe,"
                    + " run: minion-discover auth login");
            err.flush();
            return ExitCode.USAGE;
        }
        AppContext ctx = root.context();
        ctx.output().info("auth: starting a login (bare 'auth' is 'auth login'; 'auth --help' lists status, token and logout)");
        return AuthLoginCommand.login(ctx, options);
    }

    /** The launcher says whether stdin is a terminal (-Dminion.tty.in); without it, whether the JVM has a console. */
    static boolean stdinIsTerminal() {
        String v = System.getProperty("minion.tty.in");
        return v == null || v.isEmpty() ? System.console() != null : v.equals("1");
    }
}
