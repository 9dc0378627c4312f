package org.musicminion.discover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.musicminion.discover.Json;
import org.musicminion.discover.store.Database;
import org.musicminion.discover.testing.FakeAccount;
import org.musicminion.discover.testing.JarProcess;
import org.musicminion.discover.testing.SyncFakeSoundCloud;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * What a cron job, a pipe or a shell without a UTF-8 locale sees (issue 16): the bytes on stdout,
 * exit codes and stderr when stdout cannot be written, a reader that goes away, -q, Ctrl-C.
 */
class CronAndPipesIT {
    private static final String TITLE = "Café del Mar – 日本";

    @RegisterExtension
    final FakeAccount account = FakeAccount.routed(this::resolveInFrontOf);
    private final SyncFakeSoundCloud fake = account.fake;
    private volatile long resolveDelayMillis;
    private final AtomicInteger afterReaderGone = new AtomicInteger();

    @BeforeEach
    void start() {
        for (long a = 1; a <= 6; a++) {
            fake.artist(a, "artist" + a);
            fake.reposts.put(a, List.of(1000 + a, 1001 + a, 1002 + a));
            fake.likes.put(a, List.of(2000 + a));
        }
        fake.playlists.put("Not interested", new ArrayList<>()); // the judgment playlists exist (else sync warns of them, even with -q)
        fake.playlists.put("Not quite", new ArrayList<>());
    }

    /** /me and /resolve answered here (resolve after resolveDelayMillis), the rest by the fake. */
    private Dispatcher resolveInFrontOf(SyncFakeSoundCloud fake) {
        return new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest r) throws InterruptedException {
                if (r.getUrl().encodedPath().equals("/me")) {
                    return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                            .body("{\"id\":7,\"urn\":\"soundcloud:users:7\",\"username\":\"me\"}").build();
                }
                if (!r.getUrl().encodedPath().equals("/resolve")) return fake.dispatch(r);
                if (Files.exists(readerGone())) afterReaderGone.incrementAndGet();
                if (resolveDelayMillis > 0) Thread.sleep(resolveDelayMillis);
                String url = r.getUrl().queryParameter("url");
                if (!url.contains("/track")) return new MockResponse.Builder().code(404).build();
                String n = url.substring(url.lastIndexOf('k') + 1);
                return new MockResponse.Builder().code(302)
                        .setHeader("Location", "https://api.example/tracks/soundcloud:tracks:" + n).build();
            }
        };
    }

    /** Exists once head has exited in the pipe tests. */
    private Path readerGone() {
        return account.dir.resolve("reader-gone");
    }

    private void indexOneStrangeTrack() {
        try (Database db = Database.openIn(account.data)) {
            db.write(c -> {
                try (var ps = c.prepareStatement("INSERT INTO tracks(urn, id, title, artist_name, permalink_url, first_seen, last_seen)"
                        + " VALUES ('soundcloud:tracks:42', 42, ?, ?, 'https://soundcloud.com/x/y', 1, 1)")) {
                    ps.setString(1, TITLE);
                    ps.setString(2, "=HYPERLINK(\"http://evil\")");
                    ps.executeUpdate();
                }
                return null;
            });
        }
    }

    /** Runs {@code bash -c script} with the jar's command line as "$@"; stdout and stderr captured. */
    private JarProcess.Result shell(String script, List<String> jarArgs, String stdin) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("bash", "-c", script, "bash"));
        cmd.addAll(account.jar(jarArgs.toArray(String[]::new)).command());
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().keySet().removeIf(k -> k.startsWith("MINION_DISCOVER") || k.startsWith("XDG_"));
        pb.environment().put("HOME", account.dir.toString());
        Process p = pb.start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread to = new Thread(() -> pump(p.getInputStream(), out));
        Thread te = new Thread(() -> pump(p.getErrorStream(), err));
        to.start();
        te.start();
        try (var in = p.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        } catch (java.io.IOException ignored) {
            // the pipeline may be done before it read everything
        }
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the pipeline did not end");
        to.join();
        te.join();
        return new JarProcess.Result(p.exitValue(), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static void pump(java.io.InputStream in, ByteArrayOutputStream sink) {
        try (in) {
            in.transferTo(sink);
        } catch (java.io.IOException ignored) {
            // ended
        }
    }

    // cron, systemd and env -i start us without a UTF-8 locale: stdout is UTF-8 anyway
    @Test
    void stdoutIsUtf8WithoutAnyLocaleLikeCronOrEnvDashI() throws Exception {
        indexOneStrangeTrack();
        var ndjson = account.jar("tracks").bareEnvironment().run();
        assertEquals(0, ndjson.exitCode(), ndjson.toString());
        assertEquals(TITLE, Json.MAPPER.readTree(ndjson.stdout()).get("title").asText(), ndjson.stdout());

        var csv = account.jar("tracks", "--format", "csv").bareEnvironment().run();
        assertEquals(0, csv.exitCode(), csv.toString());
        assertTrue(csv.stdout().contains("," + TITLE + ","), csv.stdout());

        var resolve = account.jar("resolve", "https://soundcloud.com/café/日本", "-").bareEnvironment().stdin("café/日本\n").run();
        List<String> lines = resolve.lines();
        assertEquals(2, lines.size(), resolve.toString());
        assertEquals("https://soundcloud.com/café/日本", Json.MAPPER.readTree(lines.get(0)).get("input").asText());
        assertEquals("café/日本", Json.MAPPER.readTree(lines.get(1)).get("input").asText());
    }

    // titles come from strangers: a cell starting with = + - @ is neutralised as spreadsheet-safe exporters do
    @Test
    void csvCellsThatASpreadsheetWouldRunAsFormulasGetALeadingQuote() throws Exception {
        indexOneStrangeTrack();
        var csv = account.jar("tracks", "--format", "csv").run();
        assertEquals(0, csv.exitCode(), csv.toString());
        assertTrue(csv.stdout().contains(",\"'=HYPERLINK(\"\"http://evil\"\")\","), csv.stdout());
    }

    // README's cron line must not mail the user every hour; a plain sync ends with one summary line on stderr
    @Test
    void aQuietSyncPrintsNothingOnStdoutUnlessJsonIsAskedAndAPlainOneEndsWithASummaryLine() throws Exception {
        var quiet = account.jar("-q", "sync").run();
        assertEquals(0, quiet.exitCode(), quiet.toString());
        assertEquals("", quiet.stdout(), "cron would mail this");
        assertEquals("", quiet.stderr());

        var json = account.jar("-q", "--json", "sync", "--all").run();
        assertEquals(0, json.exitCode(), json.toString());
        assertEquals(6, Json.MAPPER.readTree(json.stdout()).get("artists").asInt(), json.stdout());
        assertEquals("", json.stderr());

        var plain = account.jar("sync", "--all").run();
        assertEquals(0, plain.exitCode(), plain.toString());
        assertTrue(plain.stderr().strip().lines().reduce((a, b) -> b).orElse("")
                .matches("sync: 6 of 6 artists fetched \\(\\d+ due, 0 skipped\\), 0 new tracks, \\d+ updated; \\d+ requests in [0-9.]+ s; stream: \\d+ new reposts, \\d+ uploads"),
                plain.stderr());
    }

    // /dev/full or a closed stdout is a failed write: exit 1 with a message, never a silent exit 0
    @Test
    void aFailedWriteToStdoutIsExit1WithAMessage() throws Exception {
        assertEquals(0, account.jar("-q", "sync").run().exitCode());
        File full = new File("/dev/full");
        for (List<String> args : List.of(List.of("tracks"), List.of("tracks", "--format", "csv"), List.of("history"),
                List.of("artists"), List.of("auth", "status"), List.of("judge", "--as", "liked", "1001"))) {
            var r = account.jar(args.toArray(String[]::new)).stdoutTo(full).run();
            assertEquals(1, r.exitCode(), args + ": " + r);
            assertTrue(r.stderr().contains("cannot write to stdout: No space left on device"), args + ": " + r.stderr());
        }
        var closed = shell("exec \"$@\" >&-", List.of("tracks"), "");
        assertEquals(1, closed.exitCode(), closed.toString());
        assertTrue(closed.stderr().contains("cannot write to stdout"), closed.stderr());
    }

    // a closed pipe (EPIPE) ends quietly and promptly: no more requests once the reader is gone
    @Test
    void resolveStopsAsSoonAsTheReaderOfItsOutputIsGone() throws Exception {
        resolveDelayMillis = 20;
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < 3000; i++) in.append("artist/track").append(i).append('\n');
        // the server counts the requests that arrive once head has exited (the file below exists from then on)
        var r = shell("\"$@\" | { head -1; : > '" + readerGone() + "'; }; echo \"exit=${PIPESTATUS[0]}\" >&2",
                List.of("resolve", "-j", "4"), in.toString());
        assertTrue(Files.exists(readerGone()), "head exited");
        int requests = account.server.getRequestCount();
        assertEquals(1, r.lines().size(), r.toString());
        assertTrue(r.stderr().contains("exit=141"), r.stderr());
        assertFalse(r.stderr().contains("minion-discover:"), "a closed pipe ends quietly: " + r.stderr());
        // at most what was in flight and what began before the next write met the closed pipe; carrying on is ~2990
        assertTrue(afterReaderGone.get() < 50, afterReaderGone + " requests arrived after head exited");
        assertTrue(requests < 200, "requests in all: " + requests + " of 3000");
    }

    // an exit 1 always comes with a message, even with -q
    @Test
    void anExit1AlwaysSaysWhyEvenWithQuiet() throws Exception {
        var r = account.jar("-q", "judge", "--as", "liked", "1001004", "abc").run();
        assertEquals(1, r.exitCode(), r.toString());
        assertTrue(r.stderr().startsWith("minion-discover: judge: 1 liked") && r.stderr().contains(", 1 not judged"), r.stderr());
    }

    // mistyped config keys are warned in file order with what was meant; a cron run (-q) still shows them
    @Test
    void mistypedConfigKeysAreWarnedInFileOrderWithWhatWasMeantEvenWithQuiet() throws Exception {
        Files.writeString(account.config, Files.readString(account.config) + "[sync]\npage_sise = 3\nconcurrency = 2\n[http]\nmax_retris = 2\n"
                + "timeout_secnds = 3\n");
        var r = account.jar("-q", "tracks").run();
        assertEquals(0, r.exitCode(), r.toString());
        List<String> lines = r.stderr().lines().toList();
        assertEquals(3, lines.size(), r.stderr());
        assertTrue(lines.get(0).contains("'sync.page_sise'") && lines.get(0).contains("did you mean 'sync.page_size'?"), lines.get(0));
        assertTrue(lines.get(1).contains("'http.max_retris'") && lines.get(1).contains("did you mean 'http.max_retries'?"), lines.get(1));
        assertTrue(lines.get(2).contains("'http.timeout_secnds'") && lines.get(2).contains("'http.timeout_seconds'"), lines.get(2));
    }

    // an empty stdin is nothing to do, for judge and resolve alike
    @Test
    void judgeAndResolveTreatAnEmptyStdinAlikeAsNothingToDo() throws Exception {
        var judge = account.jar("judge", "--as", "liked").run();
        var resolve = account.jar("resolve").run();
        assertEquals(0, judge.exitCode(), judge.toString());
        assertEquals(0, resolve.exitCode(), resolve.toString());
        assertEquals("", judge.stdout());
        assertEquals("", resolve.stdout());
        assertEquals(0, account.server.getRequestCount());
    }

    // Ctrl-C mid-sync still records the run, with the requests it made
    @Test
    void ctrlCDuringSyncAllLeavesAHistoryRowWithTheRequestsMade() throws Exception {
        fake.delayMillis = 80;
        JarProcess.Running sync = account.jar("sync", "--all").start();
        fake.awaitRequests(4);
        int seen = fake.requestCount();
        new ProcessBuilder("kill", "-INT", Long.toString(sync.process().pid())).start().waitFor();
        var stopped = sync.await();
        assertTrue(stopped.exitCode() != 0, stopped.toString());
        fake.delayMillis = 0;
        var history = account.jar("history").run();
        JsonNode run = Json.MAPPER.readTree(history.lines().get(0));
        assertEquals("interrupted", run.get("outcome").asText(), history.stdout());
        assertTrue(run.get("requests").asLong() >= seen, "history says " + run.get("requests") + ", the server saw " + seen);
    }

    // with -q the demo plays the browser itself, so it shows no URL block
    @Test
    void aQuietDemoShowsNoBrowserBlock() throws Exception {
        var r = JarProcess.of("-q", "--data-dir", account.dir.resolve("demo").toString(), "demo").run();
        assertEquals(0, r.exitCode(), r.toString());
        assertEquals("", r.stderr(), "nobody has to open the URL: the demo plays the browser");
        assertTrue(r.stdout().contains("\"authenticated\":true"), r.stdout());
    }

    // -v after a revoked grant: the message alone, no stack trace for an expected exit
    @Test
    void anExpectedExitWithVerboseIsOneMessageWithoutAStackTrace() throws Exception {
        try (var sandbox = org.musicminion.discover.sandbox.SandboxServer.start()) {
            var listener = org.musicminion.discover.testing.SandboxAccount.loggedIn(sandbox, Files.createDirectories(account.dir.resolve("acct")));
            listener.loseGrant();
            var r = listener.jar("-v", "sync").run();
            assertEquals(4, r.exitCode(), r.toString());
            assertTrue(r.stderr().contains("auth login"), r.stderr());
            assertFalse(r.stderr().contains("\tat "), "no stack trace for an expected exit: " + r.stderr());
            assertFalse(r.stderr().contains("Exception"), r.stderr());
        }
    }

    // a refused connection names its cause and the address
    @Test
    void aRefusedConnectionIsNamedWithTheAddress() throws Exception {
        int port;
        try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port + "/";
        Files.writeString(account.config, "[soundcloud]\napi_url = \"" + url + "\"\nauth_url = \"" + url + "\"\n[http]\nmax_retries = 2\n");
        var r = account.jar("sync").run();
        assertEquals(1, r.exitCode(), r.toString());
        assertTrue(r.stderr().contains("connection refused to 127.0.0.1:" + port + " after 3 attempts"), r.stderr());
    }

    // a closed pipe ends tracks and judge quietly too; more lines than a pipe buffers, so the writer sees the reader go
    @Test
    void tracksAndJudgeEndQuietlyWhenTheReaderIsGone() throws Exception {
        StringBuilder ids = new StringBuilder();
        try (Database db = Database.openIn(account.data)) {
            db.write(c -> {
                try (var ps = c.prepareStatement("INSERT INTO tracks(urn, id, title, first_seen, last_seen) VALUES (?, ?, ?, 1, 1)")) {
                    for (int i = 1; i <= 3000; i++) {
                        ps.setString(1, "soundcloud:tracks:" + i);
                        ps.setLong(2, i);
                        ps.setString(3, "a title long enough to fill the pipe buffer quickly " + i);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                return null;
            });
        }
        for (int i = 1; i <= 3000; i++) ids.append(i).append('\n');
        for (List<String> args : List.of(List.of("tracks"), List.of("tracks", "--format", "csv"), List.of("judge", "--as", "liked"))) {
            var r = shell("\"$@\" | head -1; echo \"exit=${PIPESTATUS[0]}\" >&2", args, args.get(0).equals("judge") ? ids.toString() : "");
            assertEquals(1, r.lines().size(), args + ": " + r);
            assertTrue(r.stderr().contains("exit=141"), args + ": " + r.stderr());
            assertFalse(r.stderr().contains("minion-discover:"), args + ": a closed pipe ends quietly: " + r.stderr());
        }
        assertEquals(0, account.server.getRequestCount());
    }
}
