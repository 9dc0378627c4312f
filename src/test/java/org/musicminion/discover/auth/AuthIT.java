package org.musicminion.discover.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.musicminion.discover.testing.FakeAuthServer;
import org.junit.jupiter.api.io.TempDir;
import org.musicminion.discover.Json;
import org.musicminion.discover.testing.AuthJarProcess;
import org.musicminion.discover.testing.JarProcess;

import mockwebserver3.MockWebServer;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** Whole-process auth: the built jar against a fake token endpoint, the test playing the browser. */
class AuthIT {
    @TempDir
    Path dir;

    private final MockWebServer server = new MockWebServer();
    private final FakeAuthServer fake = new FakeAuthServer();
    private final OkHttpClient http = new OkHttpClient();
    private Path config;
    private Path dataDir;
    private int callbackPort;

    @BeforeEach
    void start() throws Exception {
        server.setDispatcher(fake);
        server.start();
        callbackPort = LoginFlowTest.freePort();
        String base = "http://127.0.0.1:" + server.getPort();
        config = dir.resolve("config.toml");
        Files.writeString(config, "[soundcloud]\nredirect_uri = \"http://127.0.0.1:" + callbackPort + "/callback\"\n"
                + "api_url = \"" + base + "\"\nauth_url = \"" + base + "\"\n[auth]\nlogin_timeout_seconds = 30\n");
        dataDir = dir.resolve("data");
    }

    @AfterEach
    void stop() {
        server.close();
        http.dispatcher().executorService().shutdown();
    }

    private Map<String, String> env() {
        return Map.of("MINION_DISCOVER_CLIENT_ID", FakeAuthServer.CLIENT_ID, "MINION_DISCOVER_CLIENT_SECRET", FakeAuthServer.CLIENT_SECRET);
    }

    private JarProcess jar(String... args) {
        List<String> all = new ArrayList<>(List.of("--config", config.toString(), "--data-dir", dataDir.toString()));
        all.addAll(List.of(args));
        JarProcess p = JarProcess.of(all).timeoutSeconds(60);
        env().forEach(p::env);
        return p;
    }

    @Test
    void loginThroughTheLoopbackListenerWithTheTestAsTheBrowser() throws Exception {
        AuthJarProcess login = AuthJarProcess.start(env(), "--config", config.toString(), "--data-dir", dataDir.toString(),
                "auth", "login", "--no-browser");

        HttpUrl authorize = HttpUrl.get(login.awaitStderr(Pattern.compile("(http://\\S+/authorize\\?\\S+)"), 20_000));
        fake.expectedChallenge = authorize.queryParameter("code_challenge");
        HttpUrl callback = HttpUrl.get(authorize.queryParameter("redirect_uri")).newBuilder()
                .addQueryParameter("code", FakeAuthServer.CODE).addQueryParameter("state", authorize.queryParameter("state")).build();
        String page;
        // the listener is up before the URL is printed
        try (Response r = http.newCall(new Request.Builder().url(callback).build()).execute()) {
            assertEquals(200, r.code());
            page = r.body().string();
        }
        JarProcess.Result result = login.await(30);

        assertEquals(0, result.exitCode(), result.toString());
        assertTrue(page.contains("logged in"), page);
        List<String> err = result.stderr().lines().filter(l -> !l.isBlank()).toList();
        assertTrue(err.get(err.size() - 1).matches("next: minion-discover doctor .* then minion-discover sync --push-playlist .*"),
                "login ends by naming the next steps: " + result.stderr());
        JsonNode out = Json.MAPPER.readTree(result.stdout());
        assertEquals("{\"id\":123,\"urn\":\"soundcloud:users:123\",\"username\":\"minion\"}", out.get("user").toString());
        assertTrue(Instant.parse(out.get("expires_at").asText()).isAfter(Instant.now().plus(Duration.ofMinutes(50))));
        assertEquals(1, fake.codeGrants.get());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve("tokens.json"))));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir)));

        JarProcess.Result status = jar("auth", "status").run();
        assertEquals(0, status.exitCode(), status.toString());
        JsonNode s = Json.MAPPER.readTree(status.stdout());
        assertTrue(s.get("authenticated").asBoolean());
        assertEquals("minion", s.get("user").get("username").asText());
        assertEquals(dataDir.resolve("tokens.json").toString(), s.get("token_file").asText());
    }

    @Test
    void eightProcessesOnAnExpiredTokenMakeExactlyOneRefreshAndAllPrintATokenTheServerAccepts() throws Exception {
        Files.createDirectories(dataDir);
        new TokenStore(dataDir).save(new TokenSet("expired-access", "r1", Instant.now().minusSeconds(60), "non-expiring",
                new UserInfo(123, "soundcloud:users:123", "minion")));
        fake.currentRefresh = "r1";

        List<JarProcess.Running> running = new ArrayList<>();
        for (int i = 0; i < 8; i++) running.add(jar("auth", "token").start());
        List<String> tokens = new ArrayList<>();
        for (JarProcess.Running r : running) {
            JarProcess.Result result = r.await();
            assertEquals(0, result.exitCode(), result.toString());
            tokens.add(result.stdout().strip());
        }

        assertEquals(1, fake.refreshGrants.get(), "a single-use refresh token is spent exactly once");
        for (String token : tokens) {
            try (Response me = http.newCall(new Request.Builder().url(server.url("/me")).header("Authorization", "OAuth " + token).build())
                    .execute()) {
                assertEquals(200, me.code(), "token " + token + " accepted");
            }
        }
        assertEquals("refresh-1", new TokenStore(dataDir).read().refreshToken());
    }

    @Test
    void threeProcessesAskingForTheAppTokenAtOnceMakeOneClientCredentialsGrant() throws Exception {
        List<JarProcess.Running> running = new ArrayList<>();
        for (int i = 0; i < 3; i++) running.add(jar("auth", "token", "--app").start());
        for (JarProcess.Running r : running) {
            JarProcess.Result result = r.await();
            assertEquals(0, result.exitCode(), result.toString());
            assertEquals("app-1", result.stdout().strip());
        }
        assertEquals(1, fake.clientGrants.get());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve("app-token.json"))));
    }
}
