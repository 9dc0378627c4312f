package org.musicminion.discover.auth;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;

import org.musicminion.discover.ExitException;
import org.musicminion.discover.Messages;
import org.musicminion.discover.config.Settings;
import org.musicminion.discover.files.LockFile;
import org.musicminion.discover.http.ApiClients;
import org.musicminion.discover.http.TokenSource;

/**
 * {@code auth login}: PKCE S256 + random state, the authorize URL on stderr, the code from the
 * loopback listener ({@link #listen()}) or from pasted text ({@link #paste()}), the state checked,
 * the code exchanged, the tokens saved (under the token lock, 0600), then {@code GET /me} names
 * the user. The demo drives it in-process with its own {@link BrowserLauncher}:
 * {@code new LoginFlow(auth, clients, timeout, in, messages, uri -> playBrowser(uri)).listen()}.
 */
public final class LoginFlow {
    private final AuthServices auth;
    private final ApiClients clients;
    private final Duration timeout;
    private final InputStream in;
    private final Messages messages;
    private final BrowserLauncher browser;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param clients  HTTP for {@code GET /me} on the API
     * @param timeout  how long {@link #listen()} waits for the browser
     * @param in       where {@link #paste()} reads the pasted URL
     */
    public LoginFlow(AuthServices auth, ApiClients clients, Duration timeout, InputStream in, Messages messages,
                     BrowserLauncher browser) {
        this.auth = auth;
        this.clients = clients;
        this.timeout = timeout;
        this.in = in;
        this.messages = messages;
        this.browser = browser;
    }

    /** Login through the loopback listener on redirect_uri. Exit 2 when redirect_uri is not loopback (use {@link #paste()}). */
    public LoginResult listen() {
        Settings.SoundCloud c = auth.soundcloud();
        AuthorizationRequest request = AuthorizationRequest.create(c.requireClientId(), c.redirectUri(), random);
        c.requireClientSecret();
        LoopbackReceiver.Target target = LoopbackReceiver.target(request.redirectUri());
        try (LoopbackReceiver receiver = LoopbackReceiver.start(target, request::stateMatches, messages::info)) {
            URI uri = request.authorizeUri(c.authUrl());
            // a person has to open the URL: shown even with -q; the demo's own browser needs nobody, so -q hides it
            java.util.function.Consumer<String> say = browser.needsAPerson() ? messages::prompt : messages::info;
            say.accept("Open this URL in a browser to let minion-discover use your SoundCloud account:");
            say.accept("");
            say.accept("  " + uri);
            say.accept("");
            say.accept("Waiting for the browser to come back to " + request.redirectUri() + " (up to " + timeout.toSeconds() + " s)...");
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
        Settings.SoundCloud c = auth.soundcloud();
        AuthorizationRequest request = AuthorizationRequest.create(c.requireClientId(), c.redirectUri(), random);
        c.requireClientSecret();
        URI uri = request.authorizeUri(c.authUrl());
        messages.prompt("Open this URL in a browser (on any machine) and allow access:");
        messages.prompt("");
        messages.prompt("  " + uri);
        messages.prompt("");
        messages.prompt("The browser is then sent to " + request.redirectUri() + " (the page may fail to load; that is fine).");
        messages.prompt("Paste the full URL from its address bar (or just the code) and press Enter:");
        String line;
        try {
            line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
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
                if (!browser.open(uri)) messages.info("(no browser could be opened here; open the URL above yourself)");
            } catch (IOException | RuntimeException e) {
                messages.info("(could not open a browser: " + e.getClass().getSimpleName() + "; open the URL above yourself)");
            }
        }, "browser-launcher");
        t.setDaemon(true);
        t.start();
    }

    private LoginResult complete(AuthorizationRequest request, AuthorizationResponse response, boolean checkState) {
        if (checkState) request.checkState(response.state()); // first: an error= with another state must not end this login
        if (response.denied()) throw response.errorException();
        TokenResponse answer = auth.endpoint().authorizationCode(response.code(), request.pkce().verifier(), request.redirectUri());
        TokenSet tokens = TokenSet.from(answer, null);
        save(auth, tokens); // the refresh token is saved before anything else can fail
        UserInfo me = fetchMe(answer.accessToken());
        tokens = tokens.withUser(me);
        save(auth, tokens);
        auth.userTokens().forget();
        messages.info("logged in" + (me.username() != null ? " as " + me.username() : "") + "; tokens saved in " + auth.store().file());
        return new LoginResult(me, tokens.expiresAt());
    }

    private static void save(AuthServices auth, TokenSet tokens) {
        try (LockFile ignored = auth.store().lock()) {
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
        JsonNode me = clients.client(auth.soundcloud().apiUrl(), fixed).getJson("/me");
        UserInfo user = UserInfo.fromJson(me);
        if (user == null) throw ExitException.failed("GET /me answered without a user id; the tokens are saved, try: minion-discover auth status");
        return user;
    }
}
