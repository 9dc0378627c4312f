package org.musicminion.discover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.musicminion.discover.Json;
import org.musicminion.discover.testing.FakeAccount;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

class ResolveCommandIT {
    @RegisterExtension
    final FakeAccount account = FakeAccount.create();

    @Test
    void resolvesStdinLinesToNdjsonInOrderAndKeepsTheAnswersForTheNextProcess() throws Exception {
        account.server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest r) throws InterruptedException {
                String url = r.getUrl().queryParameter("url");
                Thread.sleep((url.hashCode() & 0x7) * 3L); // answers come back shuffled
                if (url.contains("gone")) return new MockResponse.Builder().code(404).build();
                String n = url.substring(url.lastIndexOf('k') + 1);
                return new MockResponse.Builder().code(302)
                        .setHeader("Location", "https://api.example/tracks/soundcloud:tracks:" + n).build();
            }
        });
        StringBuilder stdin = new StringBuilder();
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String in = i % 20 == 7 ? "https://soundcloud.com/someone/gone" + i
                    : i % 50 == 9 ? "https://example.com/x" + i : "https://m.soundcloud.com/artist/track" + i + "?si=x";
            inputs.add(in);
            stdin.append(in).append(i % 30 == 0 ? "\n\n" : "\n");
        }
        var r = account.jar("resolve", "-j", "8", "-").stdin(stdin.toString()).run();
        assertEquals(0, r.exitCode(), r.toString());
        List<String> lines = r.lines();
        assertEquals(200, lines.size());
        for (int i = 0; i < 200; i++) {
            JsonNode l = Json.MAPPER.readTree(lines.get(i));
            assertEquals(inputs.get(i), l.get("input").asText());
            String expected = inputs.get(i).contains("gone") ? "not_found" : inputs.get(i).contains("example") ? "invalid" : "resolved";
            assertEquals(expected, l.get("status").asText(), lines.get(i));
            if (expected.equals("resolved")) assertEquals(i, l.get("id").asInt());
        }
        assertTrue(r.stderr().contains("resolve: "), r.stderr());
        int requests = account.server.getRequestCount();

        var again = account.jar("resolve").stdin(stdin.toString()).run();
        assertEquals(0, again.exitCode(), again.toString());
        assertEquals(requests, account.server.getRequestCount(), "the second process answered from the database");
        List<String> cachedLines = again.lines();
        assertEquals(200, cachedLines.size());
        for (int i = 0; i < 200; i++) {
            JsonNode before = Json.MAPPER.readTree(lines.get(i));
            JsonNode now = Json.MAPPER.readTree(cachedLines.get(i));
            assertEquals(before.get("input"), now.get("input"));
            assertEquals(before.get("status"), now.get("status"));
            assertEquals(before.get("urn"), now.get("urn"));
            assertEquals(!inputs.get(i).contains("example"), now.get("cached").asBoolean(), cachedLines.get(i));
        }
    }

    @Test
    void answersPrintedBeforeTheProcessIsStoppedAreKept() throws Exception {
        java.util.concurrent.CountDownLatch gate = new java.util.concurrent.CountDownLatch(1);
        account.server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest r) throws InterruptedException {
                String url = r.getUrl().queryParameter("url");
                if (url.contains("slow")) gate.await(60, java.util.concurrent.TimeUnit.SECONDS);
                return new MockResponse.Builder().code(302)
                        .setHeader("Location", "https://api.example/tracks/" + (url.length() + 1000)).build();
            }
        });
        StringBuilder first = new StringBuilder();
        for (int i = 0; i < 20; i++) first.append("artist/fast").append(i).append('\n');
        String stdin = first + "artist/slow\nartist/after\n";
        var running = account.jar("resolve", "-j", "4").stdin(stdin).start();
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (running.stdoutSoFar().split("\n").length < 20 && System.nanoTime() < deadline) Thread.sleep(20);
        List<String> printed = running.stdoutSoFar().strip().lines().toList();
        assertEquals(20, printed.size(), running.stdoutSoFar());
        running.process().destroy(); // SIGTERM, like Ctrl-C: the shutdown hook saves what was printed
        var stopped = running.await();
        assertTrue(stopped.exitCode() != 0, stopped.toString());
        gate.countDown();
        int requests = account.server.getRequestCount();

        var again = account.jar("resolve").stdin(first.toString()).run();
        assertEquals(0, again.exitCode(), again.toString());
        assertEquals(requests, account.server.getRequestCount(), "all 20 printed answers came from the database");
        List<String> answers = again.lines();
        assertEquals(20, answers.size(), again.toString());
        for (int i = 0; i < 20; i++) {
            JsonNode before = Json.MAPPER.readTree(printed.get(i));
            JsonNode now = Json.MAPPER.readTree(answers.get(i));
            assertEquals("artist/fast" + i, now.get("input").asText(), answers.get(i));
            assertEquals(before.get("urn"), now.get("urn"), answers.get(i));
            assertTrue(now.get("cached").asBoolean(), answers.get(i));
        }
    }
}
