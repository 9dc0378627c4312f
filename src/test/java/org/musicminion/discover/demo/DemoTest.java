package org.musicminion.discover.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicminion.discover.ExitCode;
import org.musicminion.discover.ExitException;
import org.musicminion.discover.Json;
import org.musicminion.discover.Messages;
import org.musicminion.discover.auth.AuthServices;
import org.musicminion.discover.auth.BrowserLauncher;
import org.musicminion.discover.auth.LoginFlow;
import org.musicminion.discover.config.Settings;
import org.musicminion.discover.http.ApiClients;
import org.musicminion.discover.http.HttpClients;
import org.musicminion.discover.http.RetryPolicy;
import org.musicminion.discover.sandbox.Faults;
import org.musicminion.discover.store.Database;
import org.musicminion.discover.store.SyncLock;
import org.musicminion.discover.testing.JarProcess;
import org.musicminion.discover.testing.TestTerminal;

/** The demo in-process: how it stops when a step fails, and what it refuses. */
class DemoTest {
    @TempDir
    Path tmp;

    @Test
    void aDemoDataDirCanBeReusedAndTheSecondRunBuildsOnTheFirst() throws Exception {
        Path dir = tmp.resolve("demo");
        JarProcess.Result first = new TestTerminal().run("--data-dir", dir.toString(), "demo");
        JarProcess.Result second = new TestTerminal().run("--data-dir", dir.toString(), "demo");

        assertEquals(0, first.exitCode(), first.toString());
        assertEquals(0, second.exitCode(), second.toString());
        // the same simulated account: the second run's first sync finds nothing new
        assertTrue(Json.MAPPER.readTree(first.lines().get(2)).get("tracks_new").asInt() > 0, first.stdout());
        assertEquals(0, Json.MAPPER.readTree(second.lines().get(2)).get("tracks_new").asInt(), second.stdout());
        // and judges tracks the first run left unjudged
        String firstLiked = Json.MAPPER.readTree(first.lines().get(3)).get("urn").asText();
        JsonNode secondLiked = Json.MAPPER.readTree(second.lines().get(3));
        assertTrue(!secondLiked.get("urn").asText().equals(firstLiked) && secondLiked.get("previous").isNull(), second.stdout());
    }

    @Test
    void aStepThatFailsEndsTheDemoWithThatStepsExitCodeNamingIt() throws Exception {
        Path dir = DemoDataDir.prepare(tmp.resolve("demo"));
        JarProcess.Result r;
        try (SyncLock held = SyncLock.acquire(dir, false)) { // as if another sync were running on this dir
            r = new TestTerminal().run("--data-dir", dir.toString(), "demo");
        }

        assertEquals(ExitCode.LOCKED, r.exitCode(), r.toString());
        assertTrue(r.stderr().contains("demo stopped: step 'minion-discover sync' failed (exit 75)"), r.stderr());
        assertTrue(r.stderr().contains("the data dir is kept at " + dir), r.stderr());
        // the steps before it ran and printed their output: login, then status
        assertEquals(2, r.lines().size(), r.stdout());
        assertEquals("Sandbox Listener", Json.MAPPER.readTree(r.lines().get(0)).at("/user/username").asText());
        assertTrue(Json.MAPPER.readTree(r.lines().get(1)).get("authenticated").asBoolean());
        assertFalse(r.stderr().contains("==> minion-discover judge"), "no step after the failed one");
    }

    @Test
    void aLoginThatFailsEndsTheDemoNamingTheLoginStep() {
        List<String> ran = new ArrayList<>();
        Demo demo = new Demo(Messages.NONE, tmp.resolve("demo"),
                Faults.NONE.withErrorRate(1.0), // every API call answers 5xx: GET /me after the code exchange fails
                (settings, dir) -> new LoginOnly(settings, dir, ran), org.musicminion.discover.sandbox.zoo.ListenerZoo.byName("classic").orElseThrow());

        ExitException x = assertThrows(ExitException.class, demo::run);

        assertEquals(ExitCode.FAILED, x.exitCode());
        assertTrue(x.getMessage().startsWith("demo stopped: step 'minion-discover auth login' failed (exit 1)"), x.getMessage());
        assertEquals(List.of(), ran, "no command may run after a failed login");
    }

    /** The demo's tool built from plain values, no command layer: the real login flow, commands only recorded. */
    private static final class LoginOnly implements DemoTool {
        private final Settings settings;
        private final Path dir;
        private final List<String> ran;
        private final okhttp3.OkHttpClient http = HttpClients.create(Duration.ofSeconds(5));

        LoginOnly(Settings settings, Path dir, List<String> ran) {
            this.settings = settings;
            this.dir = dir;
            this.ran = ran;
        }

        @Override
        public int run(String... args) {
            ran.add(String.join(" ", args));
            return ExitCode.OK;
        }

        @Override
        public void login(BrowserLauncher browser) {
            ApiClients clients = new ApiClients(() -> http, RetryPolicy.builder().maxRetries(2).build(), Clock.systemUTC(),
                    d -> {}, Duration.ofSeconds(5), null);
            AuthServices auth = new AuthServices(dir, settings.soundcloud(), settings.auth(), clients, Clock.systemUTC(),
                    Messages.NONE);
            new LoginFlow(auth, clients, settings.auth().loginTimeout(), InputStream.nullInputStream(), Messages.NONE, browser)
                    .listen();
        }

        @Override
        public Database database() {
            throw new AssertionError("the demo reads the index only after a login");
        }

        @Override
        public okhttp3.OkHttpClient http() {
            return http;
        }

        @Override
        public void close() {}
    }

    @Test
    void aDataDirHoldingARealAccountIsRefusedWithExit2BeforeAnythingRuns() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("real"));
        Files.writeString(dir.resolve("tokens.json"), "{\"access_token\":\"real\"}");

        JarProcess.Result r = new TestTerminal().run("--data-dir", dir.toString(), "demo");

        assertEquals(ExitCode.USAGE, r.exitCode(), r.toString());
        assertTrue(r.stderr().contains("holds a real account's data (tokens.json)"), r.stderr());
        assertFalse(r.stderr().contains("==>"), "no step ran: " + r.stderr());
        assertEquals("", r.stdout());
        assertEquals("{\"access_token\":\"real\"}", Files.readString(dir.resolve("tokens.json")));
        assertEquals(1, Files.list(dir).count());
    }
}
