package org.musicminion.discover.cli;

import java.time.Instant;
import java.util.concurrent.Callable;


import org.musicminion.discover.ExitCode;
import org.musicminion.discover.ExitException;
import org.musicminion.discover.auth.AuthServices;
import org.musicminion.discover.auth.TokenSet;
import org.musicminion.discover.auth.UserInfo;
import org.musicminion.discover.auth.UserTokens;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code auth status}: checks the stored login with {@code GET /me} (refreshing if due). */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Check the stored login with GET /me (refreshing the token if due) and print"
                + " {\"authenticated\":bool,\"user\":{...}|null,\"expires_at\":...,\"token_file\":...}.",
                "Exit 4 when not authenticated."})
public final class AuthStatusCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        AppContext ctx = Cli.of(spec).context();
        AuthServices auth = ctx.auth();
        String file = auth.store().file().toString();
        if (!auth.store().exists()) {
            ctx.output().result(AuthState.loggedOut(file), AuthStatusCommand::words);
            ctx.output().error("not logged in; run: minion-discover auth login");
            return ExitCode.NOT_AUTHENTICATED;
        }
        try {
            UserTokens tokens = auth.userTokens();
            UserInfo me = UserInfo.fromJson(ctx.api(tokens).getJson("/me"));
            TokenSet current = tokens.current();
            ctx.output().result(new AuthState(true, me != null ? me : current.user(), iso(current.expiresAt()), file),
                    AuthStatusCommand::words);
            return ExitCode.OK;
        } catch (ExitException e) {
            if (e.exitCode() != ExitCode.NOT_AUTHENTICATED) throw e;
            ctx.output().result(AuthState.loggedOut(file), AuthStatusCommand::words);
            ctx.output().error(e.getMessage());
            return ExitCode.NOT_AUTHENTICATED;
        }
    }

    /** The login as printed. */
    record AuthState(boolean authenticated, UserInfo user, String expiresAt, String tokenFile) {
        static AuthState loggedOut(String tokenFile) {
            return new AuthState(false, null, null, tokenFile);
        }
    }

    /** For people: who is logged in, until when, and where the tokens are. */
    static void words(AuthState s, Screen screen) {
        if (!s.authenticated()) {
            screen.line("Not logged in (tokens: " + s.tokenFile() + ").");
            return;
        }
        UserInfo u = s.user();
        screen.line("Logged in to SoundCloud as " + (u == null ? "an unknown user" : (u.username() == null ? "" : u.username() + " ")
                + "(" + u.urn() + ")") + ".");
        if (s.expiresAt() != null) screen.line("The access token is good until " + s.expiresAt() + "; it is refreshed by itself.");
        screen.line("Tokens: " + s.tokenFile());
    }

    private static String iso(Instant at) {
        return at == null ? null : at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }
}
