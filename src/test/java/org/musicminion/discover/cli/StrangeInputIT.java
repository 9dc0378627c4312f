package org.musicminion.discover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.musicminion.discover.testing.FakeAccount;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * Issue 16 items 5, 7, 8, 9: what `resolve` and `judge` do with input a user (or a pipe) gets wrong:
 * over-long lines, numbers that are no track id, blank arguments, binary bytes, and the NDJSON lines
 * the tool itself prints. The built jar against a MockWebServer that counts what reaches it.
 */
class StrangeInputIT {
    private final List<String> asked = new CopyOnWriteArrayList<>();
    @RegisterExtension
    final FakeAccount account = FakeAccount.routed(fake -> new Dispatcher() {
        @Override
        public MockResponse dispatch(RecordedRequest r) {
            String url = r.getUrl().queryParameter("url");
            asked.add(String.valueOf(url));
            String n = url == null ? "1" : url.replaceAll("\\D", "");
            return new MockResponse.Builder().code(302)
                    .setHeader("Location", "https://api.example/tracks/soundcloud:tracks:" + (n.isEmpty() ? "1" : n)).build();
        }
    });

    @Test
    void aHugeStdinLineIsReadInBoundedMemoryAnsweredInvalidWithoutARequestAndEchoedShortened() throws Exception {
        ByteArrayOutputStream stdin = new ByteArrayOutputStream();
        stdin.write("a/track1\n".getBytes(StandardCharsets.UTF_8));
        byte[] huge = new byte[64 * 1024 * 1024]; // a valid-looking slug of 64 MB: a/bbbb…
        Arrays.fill(huge, (byte) 'b');
        huge[0] = 'a';
        huge[1] = '/';
        stdin.write(huge);
        stdin.write("\na/track2\n".getBytes(StandardCharsets.UTF_8));
        String arg = "a/" + "c".repeat(5000); // over 4 KiB as an argument too

        // 32 MB of heap: the old reader held the whole line (and failed); the bounded one keeps 64 KiB of it
        var r = account.jar("-v", "resolve", "-", arg).javaOpts("-Xmx32m").stdin(stdin.toByteArray()).timeoutSeconds(60).run();

        assertEquals(0, r.exitCode(), r.stderr().length() > 4000 ? r.stderr().substring(0, 4000) : r.toString());
        List<JsonNode> out = r.json();
        assertEquals(4, out.size(), "one line per input");
        assertEquals("resolved", out.get(0).get("status").asText());
        assertEquals("resolved", out.get(2).get("status").asText());
        for (JsonNode l : List.of(out.get(1), out.get(3))) {
            assertEquals("invalid", l.get("status").asText(), l.toString());
            assertEquals(0, l.get("attempts").asInt());
            String echo = l.get("input").asText();
            assertTrue(echo.length() <= 101 && echo.endsWith("…"), echo);
        }
        assertTrue(out.get(1).get("input").asText().startsWith("a/bbbb"));
        assertEquals(List.of("https://soundcloud.com/a/track1", "https://soundcloud.com/a/track2"), asked.stream().sorted().toList());
        assertTrue(r.stdout().length() < 2000, "nothing long echoed on stdout: " + r.stdout().length());
        assertTrue(r.stderr().length() < 3000, "nothing long in -v logs: " + r.stderr().length());
    }

    @Test
    void judgeAnswersEveryInputAndSendsNothingForNumbersThatAreNoTrackIdOrBlankOrBinaryInput() throws Exception {
        String binary = "\u001b[2J\u001b]0;pwned\u0007x\u0000y"; // clears the screen and retitles the terminal if printed raw
        var r = account.jar("judge", "--as", "liked", "0", "", "-5", "99999999999999999999", "soundcloud:tracks:0", "12",
                "soundcloud:tracks:13", "x/" + "y".repeat(5000), "-")
                .stdin(binary + "\n").run();

        List<JsonNode> out = r.json();
        assertEquals(9, out.size(), "9 inputs, 9 lines: " + r);
        List<String> errors = out.stream().map(l -> l.get("error").isNull() ? "ok" : l.get("error").asText()).toList();
        assertEquals(List.of("invalid", "invalid", "invalid", "invalid", "invalid", "ok", "ok", "invalid", "invalid"), errors, r.toString());
        assertEquals("soundcloud:tracks:12", out.get(5).get("urn").asText());
        assertTrue(out.get(7).get("input").asText().length() <= 101, "over-long input echoed shortened");
        assertEquals(binary, out.get(8).get("input").asText(), "stdout JSON keeps the input, escaped by JSON");
        assertEquals(List.of(), asked, "nothing reached the server");
        assertEquals(1, r.exitCode(), r.toString());
        assertFalse(r.stderr().chars().anyMatch(c -> c < 0x20 && c != '\n'), "no control character reaches stderr: " + r.stderr());
        assertTrue(r.stderr().contains("\\x1b[2J\\x1b]0;pwned\\x07x\\x00y"), r.stderr());
        assertTrue(r.stderr().length() < 3000, "warnings quote inputs shortened: " + r.stderr().length());
    }

    @Test
    void judgeTakesTheUrnOfTheNdjsonLinesTheToolPrints() throws Exception {
        String tracks = "{\"urn\":\"soundcloud:tracks:101\",\"id\":101,\"title\":\"Café, \\\"live\\\"\",\"artist\":\"x\","
                + "\"permalink_url\":\"https://soundcloud.com/x/one\",\"reposted_by\":[\"soundcloud:users:1\"],\"judgment\":null}\n"
                + "{\"id\":102,\"title\":\"no urn\"}\n"
                + "{\"input\":\"103\",\"status\":\"resolved\"}\n";
        var r = account.jar("judge", "--as", "liked").stdin(tracks).run();
        assertEquals(0, r.exitCode(), r.toString());
        List<JsonNode> out = r.json();
        assertEquals(List.of("soundcloud:tracks:101", "soundcloud:tracks:102", "soundcloud:tracks:103"),
                out.stream().map(l -> l.get("urn").asText()).toList());
        assertFalse(r.stderr().contains("warning"), r.stderr());
        assertEquals(List.of(), asked);
    }

    @Test
    void resolveTakesTheInputOrPermalinkOfTheNdjsonLinesTheToolPrints() throws Exception {
        String lines = "{\"urn\":\"soundcloud:tracks:5\",\"id\":5,\"title\":\"t\",\"permalink_url\":\"https://soundcloud.com/x/track5\"}\n"
                + "{\"input\":\"x/track6\",\"status\":\"resolved\",\"id\":6}\n";
        var r = account.jar("resolve").stdin(lines).run();
        assertEquals(0, r.exitCode(), r.toString());
        List<JsonNode> out = r.json();
        assertEquals(List.of("https://soundcloud.com/x/track5", "x/track6"), out.stream().map(l -> l.get("input").asText()).toList());
        assertEquals(List.of("soundcloud:tracks:5", "soundcloud:tracks:6"), out.stream().map(l -> l.get("urn").asText()).toList());
    }
}
