package org.musicminion.discover.cli;

import java.time.Instant;
import java.util.Map;
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
            ctx.output().result(status(false, null, null, file));
            ctx.output().error("not logged in; run: minion-discover auth login");
            return ExitCode.NOT_AUTHENTICATED;
        }
        try {
            UserTokens tokens = auth.userTokens();
            UserInfo me = UserInfo.fromJson(ctx.api(tokens).getJson("/me"));
            TokenSet current = tokens.current();
            ctx.output().result(status(true, me != null ? me : current.user(), current.expiresAt(), file));
            return ExitCode.OK;
        } catch (ExitException e) {
            if (e.exitCode() != ExitCode.NOT_AUTHENTICATED) throw e;
            ctx.output().result(status(false, null, null, file));
            ctx.output().error(e.getMessage());
            return ExitCode.NOT_AUTHENTICATED;
        }
    }

    /** A plain map, so the common "not logged in" answer is printed without building the databind mapper. */
    private static Map<String, Object> status(boolean authenticated, UserInfo user, Instant expiresAt, String file) {
        Map<String, Object> o = Output.ordered();
        o.put("authenticated", authenticated);
        o.put("user", user == null ? null : user.toJson());
        o.put("expires_at", expiresAt == null ? null : expiresAt.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
        o.put("token_file", file);
        return o;
    }
}
