package org.musicminion.discover.cli;

import java.util.concurrent.Callable;

import org.musicminion.discover.ExitCode;
import org.musicminion.discover.auth.BrowserLauncher;
import org.musicminion.discover.auth.LoginFlow;
import org.musicminion.discover.auth.LoginResult;
import org.musicminion.discover.auth.SystemBrowser;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code auth login}: OAuth 2.1 authorization code + PKCE through the loopback listener, or {@code --paste}. */
@Command(name = "login", mixinStandardHelpOptions = true,
        description = {"Log in to SoundCloud: opens the authorize page, receives the callback on soundcloud.redirect_uri"
                + " (a loopback address), saves the tokens (0600) and prints {\"user\":{...},\"expires_at\":...}.",
                "Exit 1 on a denied, timed-out or mismatched login, or when the port is taken;"
                + " exit 2 when redirect_uri is not a loopback address (use --paste)."})
public final class AuthLoginCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    Options options;

    /** The options of {@code auth login}, shared with bare {@code auth}. */
    public static final class Options {
        @Option(names = "--paste", description = "No listener: paste the redirect URL (or the code) on stdin. For machines without a browser.")
        boolean paste;

        @Option(names = "--no-browser", description = "Do not open a browser; just print the URL.")
        boolean noBrowser;
    }

    @Override
    public Integer call() {
        return login(Cli.of(spec).context(), options);
    }

    static int login(AppContext ctx, Options options) {
        BrowserLauncher browser = options.noBrowser || options.paste ? BrowserLauncher.NONE : new SystemBrowser(ctx.terminal().env());
        LoginFlow flow = ctx.loginFlow(browser);
        LoginResult result = options.paste ? flow.paste() : flow.listen();
        ctx.output().result(result.toJson());
        ctx.output().info("next: minion-discover doctor (checks the setup: playlists, clock, cron line),"
                + " then minion-discover sync --push-playlist (fills the index and your Discovery playlist)");
        return ExitCode.OK;
    }
}
