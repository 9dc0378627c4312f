package org.musicminion.discover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicminion.discover.Json;
import org.musicminion.discover.sandbox.SandboxServer;
import org.musicminion.discover.testing.JarProcess;
import org.musicminion.discover.testing.SandboxAccount;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;

/**
 * {@code doctor} on the jar against a simulated SoundCloud. Each broken precondition (no config, no
 * tokens, tokens for another server, a missing playlist, an API that does not answer, a clock off the server's) is
 * exit 1 with the failing check's fix; a working setup is exit 0; {@code --fix} creates a missing playlist after
 * saying so; on a terminal the checks are lines.
 */
class DoctorIT {
    @TempDir
    Path dir;
    private SandboxServer sandbox;
    private SandboxAccount account;

    @BeforeEach
    void start() throws IOException {
        sandbox = SandboxServer.start();
        account = SandboxAccount.loggedIn(sandbox, dir);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void aWorkingSetupHoldsEveryCheckAndGivesTheCronLine() throws Exception {
        var r = account.jar("doctor").run();
        assertEquals(0, r.exitCode(), r.toString());
        JsonNode report = Json.MAPPER.readTree(r.stdout());
        assertTrue(report.get("ok").asBoolean(), r.stdout());
        List<String> names = new ArrayList<>();
        for (JsonNode c : report.get("checks")) {
            names.add(c.get("check").asText());
            assertEquals("ok", c.get("status").asText(), c.toString());
        }
        assertEquals(List.of("config", "credentials", "api", "clock", "tokens", "account", "playlist", "playlist", "playlist",
                "last sync", "writes", "cron"), names);
        assertEquals("nothing waits (http.max_writes_per_day = 100)", check(report, "writes").get("detail").asText());
        String cron = check(report, "cron").get("detail").asText();
        assertTrue(cron.contains("0 * * * * ") && cron.contains(" -q --config " + account.config())
                && cron.contains("--data-dir " + account.dataDir()) && cron.endsWith("sync --push-playlist"), cron);
        assertTrue(check(report, "account").get("detail").asText().contains("Sandbox Listener"), report.toString());
    }

    @Test
    void noConfigIsAFailureNamingWhereToCopyTheExample() throws Exception {
        Path xdg = dir.resolve("xdg");
        var r = JarProcess.of("--data-dir", dir.resolve("empty").toString(), "doctor").env("XDG_CONFIG_HOME", xdg.toString()).run();
        assertEquals(1, r.exitCode(), r.toString());
        JsonNode config = check(Json.MAPPER.readTree(r.stdout()), "config");
        assertEquals("failed", config.get("status").asText());
        assertTrue(config.get("fix").asText().contains("copy config/config.example.toml to " + xdg.resolve("minion-discover/config.toml")),
                config.toString());
        assertTrue(r.stderr().contains("doctor: not ready: config"), r.stderr());
    }

    @Test
    void aBrokenConfigIsTheLoadersMessageAndTheRestIsSkipped() throws Exception {
        Files.writeString(account.config(), "[sync]\npage_size = 9000\n", java.nio.file.StandardOpenOption.APPEND);
        var r = account.jar("doctor").run();
        assertEquals(1, r.exitCode(), r.toString());
        JsonNode report = Json.MAPPER.readTree(r.stdout());
        assertTrue(check(report, "config").get("detail").asText().contains("sync.page_size"), report.toString());
        assertEquals("skipped", check(report, "playlists").get("status").asText());
    }

    @Test
    void noTokensIsAFailureNamingAuthLogin() throws Exception {
        Files.delete(account.dataDir().resolve("tokens.json"));
        var r = account.jar("doctor").run();
        assertEquals(1, r.exitCode(), r.toString());
        JsonNode tokens = check(Json.MAPPER.readTree(r.stdout()), "tokens");
        assertEquals("failed", tokens.get("status").asText());
        assertEquals("run: minion-discover auth login", tokens.get("fix").asText());
    }

    @Test
    void tokensOfAnotherServerAreAFailureNamingBothAndNothingIsRenamed() throws Exception {
        Path tokens = account.dataDir().resolve("tokens.json");
        var json = (com.fasterxml.jackson.databind.node.ObjectNode) Json.MAPPER.readTree(Files.readString(tokens));
        json.set("origin", new org.musicminion.discover.auth.TokenOrigin(sandbox.baseUrl(), sandbox.baseUrl(), sandbox.clientId()).toJson());
        Files.writeString(tokens, Json.MAPPER.writeValueAsString(json)); // as a login against this sandbox records them
        try (SandboxServer other = SandboxServer.start()) {
            Files.writeString(account.config(), Files.readString(account.config()).replace(sandbox.baseUrl(), other.baseUrl()));
            var r = account.jar("doctor").run();
            assertEquals(1, r.exitCode(), r.toString());
            JsonNode report = Json.MAPPER.readTree(r.stdout());
            JsonNode failed = check(report, "tokens");
            assertEquals("failed", failed.get("status").asText(), report.toString());
            assertTrue(failed.get("detail").asText().contains("api_url=" + sandbox.baseUrl())
                    && failed.get("detail").asText().contains("api_url=" + other.baseUrl()), failed.toString());
            assertTrue(failed.get("fix").asText().contains("minion-discover auth login"), failed.toString());
            assertEquals("skipped", check(report, "account").get("status").asText());
            assertEquals("ok", check(report, "api").get("status").asText());
            try (var files = Files.list(account.dataDir())) {
                assertEquals(List.of(), files.filter(f -> f.getFileName().toString().contains("revoked")).toList(), "nothing renamed");
            }
            assertEquals(json.toString(), Json.MAPPER.readTree(Files.readString(tokens)).toString(), "tokens untouched");
        }
    }

    @Test
    void aMissingPlaylistFailsAndFixCreatesItAfterSayingSo() throws Exception {
        Files.writeString(account.config(), "[playlists.reposts]\ntitle = \"Fresh finds\"\n", java.nio.file.StandardOpenOption.APPEND);
        var r = account.jar("doctor").run();
        assertEquals(1, r.exitCode(), r.toString());
        JsonNode missing = failedPlaylist(Json.MAPPER.readTree(r.stdout()));
        assertTrue(missing.get("detail").asText().contains("\"Fresh finds\" (playlists.reposts.title)"), missing.toString());
        assertTrue(missing.get("fix").asText().contains("minion-discover doctor --fix"), missing.toString());
        assertTrue(sandbox.catalogue().playlistByTitle("Fresh finds").isEmpty(), "doctor without --fix changes nothing");

        var fixed = account.jar("-q", "doctor", "--fix").run();
        assertEquals(0, fixed.exitCode(), fixed.toString());
        assertTrue(fixed.stderr().contains("creating the private playlist \"Fresh finds\""), fixed.stderr());
        assertTrue(sandbox.catalogue().playlistByTitle("Fresh finds").isPresent());
        assertEquals(0, account.jar("doctor").run().exitCode(), "the playlist is there now");
    }

    @Test
    void anApiThatDoesNotAnswerIsAFailureNamingTheNetwork() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        Files.writeString(account.config(), Files.readString(account.config())
                .replace("api_url = \"" + sandbox.baseUrl(), "api_url = \"http://127.0.0.1:" + closed));
        var r = account.jar("doctor").run();
        assertEquals(1, r.exitCode(), r.toString());
        JsonNode report = Json.MAPPER.readTree(r.stdout());
        JsonNode api = check(report, "api");
        assertEquals("failed", api.get("status").asText(), api.toString());
        assertTrue(api.get("detail").asText().contains("cannot reach http://127.0.0.1:" + closed), api.toString());
        assertTrue(api.get("fix").asText().contains("check the network"), api.toString());
        assertEquals("skipped", check(report, "account").get("status").asText());
    }

    @Test
    void aClockFarFromTheServersDateIsAFailure() throws Exception {
        try (MockWebServer api = new MockWebServer()) {
            String hourAgo = DateTimeFormatter.RFC_1123_DATE_TIME.format(Instant.now().minusSeconds(3600).atOffset(ZoneOffset.UTC));
            api.enqueue(new MockResponse.Builder().code(401).setHeader("Date", hourAgo).body("{}").build());
            api.start();
            Files.writeString(account.config(), Files.readString(account.config())
                    .replace("api_url = \"" + sandbox.baseUrl(), "api_url = \"" + api.url("/").toString().replaceAll("/$", "")));
            Files.delete(account.dataDir().resolve("tokens.json"));
            var r = account.jar("doctor").run();
            assertEquals(1, r.exitCode(), r.toString());
            JsonNode clock = check(Json.MAPPER.readTree(r.stdout()), "clock");
            assertEquals("failed", clock.get("status").asText(), clock.toString());
            assertTrue(clock.get("detail").asText().contains("ahead of the server's"), clock.toString());
            assertTrue(clock.get("fix").asText().contains("timedatectl"), clock.toString());
        }
    }

    @Test
    void aJudgmentPlaylistTitleThatMatchesNothingIsWarnedAtEverySyncEvenQuiet() throws Exception {
        var right = account.jar("-q", "sync").run();
        assertEquals(0, right.exitCode(), right.toString());
        assertEquals("", right.stderr(), "titles that match say nothing");
        Files.writeString(account.config(), "[judgments]\nnot_quite_playlist = \"Not qite\"\n", java.nio.file.StandardOpenOption.APPEND);
        for (int run = 0; run < 2; run++) {
            var r = account.jar("-q", "sync").run();
            assertEquals(0, r.exitCode(), r.toString());
            assertTrue(r.stderr().contains("warning: no playlist titled \"Not qite\" on your SoundCloud account"
                    + " (judgments.not_quite_playlist): nothing imported from it"), "run " + run + ": " + r.stderr());
        }
    }

    @Test
    void aLastSyncThatFailedIsAFailureNamingHowToSeeWhy() throws Exception {
        try (org.musicminion.discover.store.Database db = org.musicminion.discover.store.Database.openIn(account.dataDir())) {
            long at = Instant.parse("2026-11-20T10:00:00Z").toEpochMilli();
            db.write(c -> org.musicminion.discover.store.SyncRuns.insert(c, new org.musicminion.discover.store.SyncRuns.SyncRun(0, at,
                    at + 5000, org.musicminion.discover.store.SyncRuns.Outcome.FAILED, 12, null, null, "connection refused")));
        }
        var r = account.jar("doctor").run();
        assertEquals(1, r.exitCode(), r.toString());
        JsonNode last = check(Json.MAPPER.readTree(r.stdout()), "last sync");
        assertEquals("failed", last.get("status").asText(), last.toString());
        assertTrue(last.get("detail").asText().contains("2026-11-20T10:00:00Z: failed (connection refused)"), last.toString());
        assertTrue(last.get("fix").asText().contains("minion-discover -v sync"), last.toString());
    }

    @Test
    void verdictsWaitingForTheWriteBudgetAreCountedAndABudgetOfZeroIsAFailure() throws Exception {
        try (org.musicminion.discover.store.Database db = org.musicminion.discover.store.Database.openIn(account.dataDir())) {
            db.write(c -> {
                for (int i = 1; i <= 3; i++) {
                    org.musicminion.discover.store.RemoteWrites.queue(c, "soundcloud:tracks:" + i, org.musicminion.discover.Judgment.LIKED, 1000L * i);
                }
                org.musicminion.discover.store.RemoteWrites.deferPush(c, "discovery", 5000L);
                return null;
            });
        }
        var r = account.jar("doctor").run();
        assertEquals(0, r.exitCode(), r.toString());
        JsonNode writes = check(Json.MAPPER.readTree(r.stdout()), "writes");
        assertEquals("ok", writes.get("status").asText(), writes.toString());
        assertTrue(writes.get("detail").asText().startsWith("3 verdicts and 1 playlist push wait for the write budget"
                + " (http.max_writes_per_day = 100); the next syncs send them"), writes.toString());

        Files.writeString(account.config(), "max_writes_per_day = 0\n", java.nio.file.StandardOpenOption.APPEND);
        r = account.jar("doctor").run();
        assertEquals(1, r.exitCode(), r.toString());
        writes = check(Json.MAPPER.readTree(r.stdout()), "writes");
        assertEquals("failed", writes.get("status").asText(), writes.toString());
        assertTrue(writes.get("detail").asText().endsWith("with 0 nothing is ever sent"), writes.toString());
        assertTrue(writes.get("fix").asText().startsWith("set http.max_writes_per_day above 0"), writes.toString());
    }

    @Test
    void onATerminalEachCheckIsOneLine() throws Exception {
        Files.delete(account.dataDir().resolve("tokens.json"));
        String cmd = String.join(" ", account.jar("doctor").command().stream().map(DoctorIT::shellQuote).toList());
        Process p = new ProcessBuilder("script", "-qec", cmd, "/dev/null").redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(1, p.exitValue(), out);
        assertTrue(out.lines().anyMatch(l -> l.matches("ok +config +.*config\\.toml")), out);
        assertTrue(out.lines().anyMatch(l -> l.matches("FAIL +tokens +not logged in .* — fix: run: minion-discover auth login")), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("ok    cron ")), out);
        assertFalse(out.contains("\"checks\""), "no JSON on a terminal: " + out);
    }

    private static JsonNode check(JsonNode report, String name) {
        for (JsonNode c : report.get("checks")) if (c.get("check").asText().equals(name)) return c;
        throw new AssertionError("no check " + name + " in " + report);
    }

    private static JsonNode failedPlaylist(JsonNode report) {
        for (JsonNode c : report.get("checks")) {
            if (c.get("check").asText().equals("playlist") && c.get("status").asText().equals("failed")) return c;
        }
        throw new AssertionError("no failed playlist in " + report);
    }

    static String shellQuote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
