package org.musicminion.discover.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicminion.discover.Json;
import org.musicminion.discover.testing.JarProcess;

/** {@code demo} as a user runs it: the README's first command, from another directory, as its own process. */
class DemoIT {
    private static final List<String> STEPS = List.of(
            "==> minion-discover auth login",
            "==> minion-discover auth status",
            "==> minion-discover sync\n",
            "==> minion-discover judge --as liked soundcloud:tracks:",
            "==> minion-discover judge --as not_interested soundcloud:tracks:",
            "==> minion-discover judge --as not_quite https://soundcloud.com/",
            "==> minion-discover sync --push-playlist",
            "==> (day 1: the simulated listener hears the top",
            "==> minion-discover sync --push-playlist",
            "==> minion-discover evaluate",
            "==> minion-discover tracks --sort reposts --limit 10");

    @TempDir
    Path tmp;

    @Test
    void theReadmesFirstCommandRunsEveryStepFromAnyDirectoryAndKeepsAPrivateDataDir() throws Exception {
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Path temp = Files.createDirectories(tmp.resolve("tmp"));
        ProcessBuilder pb = new ProcessBuilder("bash", Path.of("bin/minion-discover").toAbsolutePath().toString(), "demo")
                .directory(elsewhere.toFile())
                .redirectOutput(tmp.resolve("out").toFile()).redirectError(tmp.resolve("err").toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("MINION_DISCOVER") || k.startsWith("XDG_"));
        pb.environment().put("HOME", Files.createDirectories(tmp.resolve("home")).toString());
        pb.environment().put("MINION_DISCOVER_JAVA_OPTS", "-Djava.io.tmpdir=" + temp); // so the test can clean up
        pb.environment().put("PATH", Path.of(System.getProperty("java.home"), "bin") + File.pathSeparator + System.getenv("PATH"));

        long started = System.nanoTime();
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "demo did not finish in 60 s");
        double seconds = (System.nanoTime() - started) / 1e9;
        String out = Files.readString(tmp.resolve("out"), StandardCharsets.UTF_8);
        String err = Files.readString(tmp.resolve("err"), StandardCharsets.UTF_8);
        System.out.printf("demo (bin/minion-discover demo, whole process) took %.2f s%n", seconds);

        assertEquals(0, p.exitValue(), "stdout:\n" + out + "\nstderr:\n" + err);
        int at = -1;
        for (String step : STEPS) {
            int i = err.indexOf(step, at + 1);
            assertTrue(i > at, "step '" + step.strip() + "' missing or out of order:\n" + err);
            at = i;
        }
        Matcher m = Pattern.compile("Data dir kept at (\\S+)").matcher(err);
        assertTrue(m.find(), err);
        Path data = Path.of(m.group(1));
        assertEquals(temp, data.getParent(), "a new temporary dir");
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data)));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("tokens.json"))));
        assertTrue(Files.size(data.resolve("minion-discover.db")) > 0);
        assertTrue(DemoDataDir.isDemoDir(data));
        JsonNode tokens = Json.MAPPER.readTree(data.resolve("tokens.json").toFile());
        for (String secret : List.of("sandbox-secret", tokens.get("access_token").asText(), tokens.get("refresh_token").asText())) {
            assertFalse(err.contains(secret) || out.contains(secret), "a secret reached stdout or stderr");
        }

        // stdout: every step's own JSON, in order
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.strip().split("\n")) lines.add(Json.MAPPER.readTree(line));
        assertEquals(1 + 1 + 1 + 4 + 1 + Demo.LISTENING_DAYS + 1 + 10, lines.size(), out);
        assertEquals("soundcloud:users:7", lines.get(0).at("/user/urn").asText(), "auth login");
        assertTrue(lines.get(1).get("authenticated").asBoolean(), "auth status");
        assertEquals(DemoSandbox.ARTISTS, lines.get(2).get("artists").asInt(), "sync");
        Set<String> liked = new HashSet<>();
        for (int i = 3; i < 5; i++) {
            assertEquals("liked", lines.get(i).get("judgment").asText());
            liked.add(lines.get(i).get("urn").asText());
        }
        assertEquals("not_interested", lines.get(5).get("judgment").asText());
        assertEquals("not_quite", lines.get(6).get("judgment").asText());
        assertTrue(lines.get(6).get("input").asText().startsWith("https://soundcloud.com/"), "judged by URL");
        assertTrue(lines.get(6).get("urn").asText().startsWith("soundcloud:tracks:"), "the URL resolved");
        JsonNode pushed = lines.get(7).get("playlist");
        assertTrue(pushed.get("tracks").asInt() > 0, "sync --push-playlist pushed: " + lines.get(7));
        int days = Demo.LISTENING_DAYS;
        int imported = 0;
        for (JsonNode day : lines.subList(8, 8 + days)) {
            JsonNode j = day.get("judgments");
            imported += j.get("liked").asInt() + j.get("not_interested").asInt() + j.get("not_quite").asInt();
            assertTrue(day.get("playlist").get("picks").size() > 0, day.toString());
            // the fresh path: the repost made meanwhile came from the stream, with nobody due for a sweep
            assertEquals(1, day.get("feed").get("reposts").asInt(), day.toString());
            assertEquals(0, day.get("artists_fetched").asInt(), day.toString());
        }
        assertTrue(imported > 50, "the listener's verdicts came back through sync: " + imported);
        // evaluate on the demo data: both rankings' figures on the chronological split
        JsonNode evaluation = lines.get(8 + days);
        assertTrue(evaluation.get("verdicts").asInt() >= 50, evaluation.toString());
        assertTrue(evaluation.get("heuristic").get("precision_at_20").isNumber(), evaluation.toString());
        assertTrue(evaluation.get("model").get("auc").isNumber(), evaluation.toString());
        assertTrue(List.of("model", "heuristic").contains(evaluation.get("ranking").asText()), evaluation.toString());
        int previous = Integer.MAX_VALUE;
        for (JsonNode t : lines.subList(9 + days, 19 + days)) {
            assertTrue(t.get("repost_count").asInt() <= previous, "top tracks by reposts: " + out);
            previous = t.get("repost_count").asInt();
        }

        // the kept data dir works afterwards, offline
        JarProcess.Result after = JarProcess.of("--data-dir", data.toString(), "tracks", "--judgment", "liked").run();
        assertEquals(0, after.exitCode(), after.toString());
        Set<String> likedNow = new HashSet<>();
        for (String line : after.lines()) likedNow.add(Json.MAPPER.readTree(line).get("urn").asText());
        assertTrue(likedNow.containsAll(liked), "the demo's verdicts are in the index: " + after.stdout());
    }

    @Test
    void aDataDirHoldingARealAccountsIndexIsRefusedWithExit2() throws Exception {
        Path real = Files.createDirectories(tmp.resolve("real"));
        Files.writeString(real.resolve("minion-discover.db"), "not touched");

        JarProcess.Result r = JarProcess.of("--data-dir", real.toString(), "demo").run();

        assertEquals(2, r.exitCode(), r.toString());
        assertTrue(r.stderr().contains("holds a real account's data (minion-discover.db)"), r.stderr());
        assertEquals("", r.stdout());
        assertEquals("not touched", Files.readString(real.resolve("minion-discover.db")));
        assertFalse(DemoDataDir.isDemoDir(real));
    }
}
