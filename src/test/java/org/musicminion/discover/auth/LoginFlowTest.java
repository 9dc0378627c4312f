package org.musicminion.discover.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.musicminion.discover.ExitCode;
import org.musicminion.discover.ExitException;
import org.musicminion.discover.testing.FakeAuthServer;

import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

class LoginFlowTest {
    @RegisterExtension
    final AuthFixture auth = new AuthFixture();
    private final OkHttpClient browserHttp = new OkHttpClient();
    private final CompletableFuture<String> browserPage = new CompletableFuture<>();
    private AuthTestContext t;
    private int port;

    @BeforeEach
    void start() throws Exception {
        port = freePort();
        t = context(Map.of());
    }

    private AuthTestContext context(Map<String, Object> extra) {
        Map<String, Object> values = new HashMap<>(Map.of("soundcloud.redirect_uri", "http://127.0.0.1:" + port + "/callback"));
        values.putAll(extra);
        return auth.process(values);
    }

    @AfterEach
    void stop() {
        browserHttp.dispatcher().executorService().shutdown();
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** A browser that approves: records the challenge for the server, then follows the redirect with the code. */
    private BrowserLauncher approvingBrowser(String code, String stateOverride) {
        return uri -> {
            HttpUrl authorize = HttpUrl.get(uri.toString());
            auth.fake.expectedChallenge = authorize.queryParameter("code_challenge");
            String state = stateOverride != null ? stateOverride : authorize.queryParameter("state");
            HttpUrl callback = HttpUrl.get(authorize.queryParameter("redirect_uri")).newBuilder()
                    .addQueryParameter("code", code).addQueryParameter("state", state).build();
            visit(callback);
            return true;
        };
    }

    private void visit(HttpUrl url) throws IOException {
        try (Response r = browserHttp.newCall(new Request.Builder().url(url).build()).execute()) {
            browserPage.complete(r.code() + " " + r.body().string());
        }
    }

    @Test
    void loginThroughTheLoopbackListenerSavesOwnerOnlyTokensAndTellsTheBrowser() throws Exception {
        LoginResult r = t.loginFlow(approvingBrowser(FakeAuthServer.CODE, null)).listen();

        assertEquals(new UserInfo(123, "soundcloud:users:123", "minion"), r.user());
        assertEquals(Instant.parse("2026-11-25T11:00:00Z"), r.expiresAt());
        assertEquals("{\"user\":{\"id\":123,\"urn\":\"soundcloud:users:123\",\"username\":\"minion\"},\"expires_at\":\"2026-11-25T11:00:00Z\"}",
                r.toJson().toString());
        TokenSet saved = new TokenStore(auth.dataDir).read();
        assertEquals("access-1", saved.accessToken());
        assertEquals("refresh-1", saved.refreshToken());
        assertEquals("minion", saved.user().username());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(auth.dataDir.resolve("tokens.json"))));
        String page = browserPage.get(5, TimeUnit.SECONDS);
        assertTrue(page.startsWith("200 ") && page.contains("logged in") && page.contains("minion"), page);
        String stderr = t.stderr();
        assertTrue(stderr.contains("/authorize?client_id=" + FakeAuthServer.CLIENT_ID), stderr);
        assertFalse(stderr.contains(FakeAuthServer.CODE) || stderr.contains("access-1") || stderr.contains("refresh-1")
                || stderr.contains(FakeAuthServer.CLIENT_SECRET), stderr);
    }

    @Test
    void aForgedCallbackWithAnotherStateIsTurnedAwayAndTheLoginGoesOn() throws Exception {
        CompletableFuture<String> forgedPage = new CompletableFuture<>();
        BrowserLauncher forgerThenUser = uri -> {
            HttpUrl authorize = HttpUrl.get(uri.toString());
            HttpUrl redirect = HttpUrl.get(authorize.queryParameter("redirect_uri"));
            for (HttpUrl forged : new HttpUrl[] {
                    redirect.newBuilder().addQueryParameter("code", "forged-code").addQueryParameter("state", "forged-state").build(),
                    redirect.newBuilder().addQueryParameter("error", "access_denied")
                            .addQueryParameter("error_description", "\u001b[2J\u001b[31mfake").build(),
                    redirect.newBuilder().addQueryParameter("error", "access_denied").addQueryParameter("state", "forged-state").build(),
                    redirect.newBuilder().addQueryParameter("code", "forged-code").build()}) {
                try (Response r = browserHttp.newCall(new Request.Builder().url(forged).build()).execute()) {
                    forgedPage.complete(r.code() + " " + r.body().string());
                    assertEquals(400, r.code(), forged.toString());
                }
            }
            return approvingBrowser(FakeAuthServer.CODE, null).open(uri);
        };

        LoginResult r = t.loginFlow(forgerThenUser).listen();

        assertEquals("minion", r.user().username());
        assertEquals(1, auth.fake.codeGrants.get(), "only the real code is exchanged");
        assertEquals(FakeAuthServer.CODE, FakeAuthServer.form(auth.fake.tokenRequests.get(0)).get("code"));
        assertTrue(forgedPage.get(5, TimeUnit.SECONDS).contains("does not belong to the login"), forgedPage.get());
        assertTrue(browserPage.get(5, TimeUnit.SECONDS).startsWith("200 "));
        assertFalse(t.stderr().contains("\u001b") || t.stderr().contains("fake"), "nothing of a forged callback reaches the terminal");
        assertTrue(t.stderr().contains("ignored a login callback"), t.stderr());
    }

    @Test
    void accessDeniedInTheBrowserIsExit1WithAClearMessage() throws Exception {
        BrowserLauncher denying = uri -> {
            HttpUrl authorize = HttpUrl.get(uri.toString());
            visit(HttpUrl.get(authorize.queryParameter("redirect_uri")).newBuilder()
                    .addQueryParameter("error", "access_denied").addQueryParameter("state", authorize.queryParameter("state")).build());
            return true;
        };

        ExitException e = assertThrows(ExitException.class, () -> t.loginFlow(denying).listen());

        assertEquals(ExitCode.FAILED, e.exitCode());
        assertTrue(e.getMessage().contains("denied"), e.getMessage());
        assertTrue(browserPage.get(5, TimeUnit.SECONDS).contains("Login failed"));
        assertFalse(Files.exists(auth.dataDir.resolve("tokens.json")));
    }

    @Test
    void portAlreadyTakenIsExit1NamingThePort() throws Exception {
        try (ServerSocket taken = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
            ExitException e = assertThrows(ExitException.class, () -> t.loginFlow(BrowserLauncher.NONE).listen());
            assertEquals(ExitCode.FAILED, e.exitCode());
            assertTrue(e.getMessage().contains("127.0.0.1:" + port) && e.getMessage().contains("--paste"), e.getMessage());
        }
    }

    @Test
    void redirectUriOnAnotherHostIsAUsageErrorPointingToPaste() {
        t.close();
        t = context(Map.of("soundcloud.redirect_uri", "https://example.com/callback"));

        ExitException e = assertThrows(ExitException.class, () -> t.loginFlow(BrowserLauncher.NONE).listen());

        assertEquals(ExitCode.USAGE, e.exitCode());
        assertTrue(e.getMessage().contains("auth login --paste"), e.getMessage());
    }

    @Test
    void noCallbackBeforeTheLoginTimeoutIsExit1() {
        t.close();
        t = context(Map.of("auth.login_timeout_seconds", 1L));

        ExitException e = assertThrows(ExitException.class, () -> t.loginFlow(BrowserLauncher.NONE).listen());

        assertEquals(ExitCode.FAILED, e.exitCode());
        assertTrue(e.getMessage().contains("auth.login_timeout_seconds"), e.getMessage());
    }

    @Test
    void pastedRedirectUrlWithTheRightStateLogsIn() throws Exception {
        PipedOutputStream typing = new PipedOutputStream();
        PipedInputStream stdin = new PipedInputStream(typing);
        t.close();
        t = auth.process(Map.of("soundcloud.redirect_uri", "http://127.0.0.1:" + port + "/callback"), stdin);
        CompletableFuture<LoginResult> login = CompletableFuture.supplyAsync(() -> t.loginFlow(BrowserLauncher.NONE).paste());

        String state = null;
        for (int i = 0; i < 500 && state == null; i++) {
            Matcher m = Pattern.compile("[?&]state=([^&\\s]+)").matcher(t.stderr());
            if (m.find()) state = m.group(1);
            else Thread.sleep(10);
        }
        typing.write(("http://127.0.0.1:" + port + "/callback?code=" + FakeAuthServer.CODE + "&state=" + state + "\n")
                .getBytes(StandardCharsets.UTF_8));
        typing.flush();

        assertEquals("minion", login.get(10, TimeUnit.SECONDS).user().username());
        assertEquals("refresh-1", new TokenStore(auth.dataDir).read().refreshToken());
    }

    @Test
    void pastedBareCodeLogsInAndAPastedUrlWithAnotherStateDoesNot() throws Exception {
        t.close();
        t = auth.process(Map.of(),
                new java.io.ByteArrayInputStream(("http://127.0.0.1:8765/callback?code=" + FakeAuthServer.CODE + "&state=old\n")
                        .getBytes(StandardCharsets.UTF_8)));
        ExitException e = assertThrows(ExitException.class, () -> t.loginFlow(BrowserLauncher.NONE).paste());
        assertEquals(ExitCode.FAILED, e.exitCode());
        assertEquals(0, auth.fake.codeGrants.get());

        t.close();
        t = auth.process(Map.of(),
                new java.io.ByteArrayInputStream((FakeAuthServer.CODE + "\n").getBytes(StandardCharsets.UTF_8)));
        assertEquals(123, t.loginFlow(BrowserLauncher.NONE).paste().user().id());
    }

    @Test
    void authorizeUriGivenToTheBrowserIsTheOneOnStderr() throws Exception {
        CompletableFuture<URI> given = new CompletableFuture<>();
        BrowserLauncher browser = uri -> {
            given.complete(uri);
            return approvingBrowser(FakeAuthServer.CODE, null).open(uri);
        };
        t.loginFlow(browser).listen();
        assertTrue(t.stderr().contains(given.get().toString()));
    }
}
