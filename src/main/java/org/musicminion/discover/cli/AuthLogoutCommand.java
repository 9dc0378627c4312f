package org.musicminion.discover.cli;

import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.musicminion.discover.ExitCode;
import org.musicminion.discover.auth.AuthServices;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code auth logout}: forgets the user's tokens (deletes tokens.json). */
@Command(name = "logout", mixinStandardHelpOptions = true,
        description = {"Forget the user's tokens: delete tokens.json from the data dir (the app token cache stays)."
                + " Prints {\"logged_out\":bool,\"token_file\":...}; exit 0 also when nobody was logged in.",
                "To also withdraw the app's access, remove it in your SoundCloud settings."})
public final class AuthLogoutCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        AppContext ctx = Cli.of(spec).context();
        AuthServices auth = ctx.auth();
        boolean deleted = auth.logout();
        ObjectNode o = Output.object();
        o.put("logged_out", deleted);
        o.put("token_file", auth.store().file().toString());
        ctx.output().result(o);
        ctx.output().info(deleted ? "logged out: deleted " + auth.store().file() : "not logged in; nothing to delete (" + auth.store().file() + ")");
        return ExitCode.OK;
    }
}
