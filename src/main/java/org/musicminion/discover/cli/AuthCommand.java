package org.musicminion.discover.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code auth}: log in to SoundCloud and manage the stored tokens. Bare {@code auth} is {@code auth login}. */
@Command(name = "auth", mixinStandardHelpOptions = true,
        description = "Log in to SoundCloud and manage the stored tokens (bare 'auth' = 'auth login').",
        subcommands = {AuthLoginCommand.class, AuthStatusCommand.class, AuthTokenCommand.class, AuthLogoutCommand.class})
public final class AuthCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    AuthLoginCommand.Options options;

    @Override
    public Integer call() {
        return AuthLoginCommand.login(Cli.of(spec).context(), options);
    }
}
