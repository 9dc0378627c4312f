package org.musicminion.discover.auth;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;

import org.musicminion.discover.AppContext;
import org.musicminion.discover.ExitException;
import org.musicminion.discover.config.Config;
import org.musicminion.discover.http.TokenSource;

/**
 * {@code auth login}: PKCE S256 + random state, the authorize URL on stderr, the code from the
 * loopback listener ({@link #listen()}) or from pasted text ({@link #paste()}), the state checked,
 * the code exchanged, the tokens saved (under the token lock, 0600), then {@code GET /me} names
 * the user. The demo drives it in-process with its own {@link BrowserLauncher}:
 * {@code new LoginFlow(ctx, uri -> playBrowser(uri)).listen()}.
 */
public final class LoginFlow {
    private final AppContext ctx;
    private final BrowserLauncher browser;
    private final SecureRandom random = new SecureRandom();

    public LoginFlow(AppContext ctx, BrowserLauncher browser) {
        this.ctx = ctx;
        this.browser = browser;
    }

    /** Login through the loopback listener on redirect_uri. Exit 2 when redirect_uri is not loopback (use {@link #paste()}). */
    public LoginResult listen() {
        Config c = ctx.config();
        AuthorizationRequest request = AuthorizationRequest.create(c.requireClientId(), c.getString("soundcloud.redirect_uri"), random);
        c.requireClientSecret();
        LoopbackReceiver.Target target = LoopbackReceiver.target(request.redirectUri());
        Duration timeout = Duration.ofSeconds(c.getInt("auth.login_timeout_seconds"));
        try (LoopbackReceiver receiver = LoopbackReceiver.start(target)) {
            URI uri = request.authorizeUri(c.getString("soundcloud.auth_url"));
            if (browser.needsAPerson() || !ctx.output().quiet()) {
                PrintStream err = ctx.output().stderr();
                err.println("Open this URL in a browser to let minion-discover use your SoundCloud account:");
                err.println();
                err.println("  " + uri);
                err.println();
                err.println("Waiting for the browser to come back to " + request.redirectUri() + " (up to " + timeout.toSeconds() + " s)...");
                err.flush();
            }
            launchBrowser(uri);
            AuthorizationResponse response = receiver.await(timeout);
            try {
                LoginResult result = complete(request, response, true);
                receiver.finish(true, "minion-discover is logged in to SoundCloud"
                        + (result.user() != null && result.user().username() != null ? " as " + result.user().username() : "")
                        + ". You can close this tab.");
                return result;
            } catch (RuntimeException e) {
                receiver.finish(false, (e instanceof ExitException ? e.getMessage() : "the login failed") + " (see the terminal)");
                throw e;
            }
        }
    }

    /** Login without a listener: prints the URL, then reads the redirect URL (or the bare code) from stdin. */
    public LoginResult paste() {
        Config c = ctx.config();
        AuthorizationRequest request = AuthorizationRequest.create(c.requireClientId(), c.getString("soundcloud.redirect_uri"), random);
        c.requireClientSecret();
        URI uri = request.authorizeUri(c.getString("soundcloud.auth_url"));
        PrintStream err = ctx.output().stderr();
        err.println("Open this URL in a browser (on any machine) and allow access:");
        err.println();
        err.println("  " + uri);
        err.println();
        err.println("The browser is then sent to " + request.redirectUri() + " (the page may fail to load; that is fine).");
        err.println("Paste the full URL from its address bar (or just the code) and press Enter:");
        err.flush();
        String line;
        try {
            line = new BufferedReader(new InputStreamReader(ctx.terminal().in(), StandardCharsets.UTF_8)).readLine();
        } catch (IOException e) {
            throw ExitException.failed("cannot read the pasted URL from stdin: " + e.getMessage());
        }
        if (line == null) throw ExitException.failed("stdin ended before a redirect URL or code was pasted; run: minion-discover auth login --paste");
        AuthorizationResponse response = AuthorizationResponse.fromPasted(line);
        boolean bareCode = !line.contains("=");
        return complete(request, response, !bareCode);
    }

    private void launchBrowser(URI uri) {
        Thread t = new Thread(() -> {
            try {
                if (!browser.open(uri)) ctx.output().info("(no browser could be opened here; open the URL above yourself)");
            } catch (IOException | RuntimeException e) {
                ctx.output().info("(could not open a browser: " + e.getClass().getSimpleName() + "; open the URL above yourself)");
            }
        }, "browser-launcher");
        t.setDaemon(true);
        t.start();
    }

    private LoginResult complete(AuthorizationRequest request, AuthorizationResponse response, boolean checkState) {
        if (response.denied()) throw response.errorException();
        if (checkState) request.checkState(response.state());
        AuthServices auth = ctx.auth();
        TokenResponse answer = auth.endpoint().authorizationCode(response.code(), request.pkce().verifier(), request.redirectUri());
        TokenSet tokens = TokenSet.from(answer, null);
        save(auth, tokens); // the refresh token is saved before anything else can fail
        UserInfo me = fetchMe(answer.accessToken());
        tokens = tokens.withUser(me);
        save(auth, tokens);
        auth.userTokens().forget();
        ctx.output().info("logged in" + (me.username() != null ? " as " + me.username() : "") + "; tokens saved in " + auth.store().file());
        return new LoginResult(me, tokens.expiresAt());
    }

    private static void save(AuthServices auth, TokenSet tokens) {
        try (CrossProcessLock.Held ignored = auth.store().lock()) {
            auth.store().save(tokens);
        }
    }

    private UserInfo fetchMe(String accessToken) {
        TokenSource fixed = new TokenSource() {
            @Override
            public String accessToken() {
                return accessToken;
            }

            @Override
            public String refreshAfterRejection(String rejected) {
                throw ExitException.notAuthenticated("SoundCloud refused the token it just issued (GET /me answered 401)");
            }
        };
        JsonNode me = ctx.api(fixed).getJson("/me");
        UserInfo user = UserInfo.fromJson(me);
        if (user == null) throw ExitException.failed("GET /me answered without a user id; the tokens are saved, try: minion-discover auth status");
        return user;
    }
}
