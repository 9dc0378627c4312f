package org.musicminion.discover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicminion.discover.Json;
import org.musicminion.discover.testing.JarProcess;
import org.musicminion.discover.testing.ResolveFixtures;
import org.musicminion.discover.testing.SyncTestClients;

/**
 * Each body is capped at 16 MiB, and so is what all concurrent bodies hold together. Four answers just
 * under the cap at once, to `resolve -j 4` on a 64 MiB heap: the process used to die of an OutOfMemoryError; now the
 * bodies take turns and every input is answered.
 */
class BodiesInFlightIT {
    @TempDir
    Path dir;

    @Test
    void fourConcurrentSixteenMebibyteAnswersFitASixtyFourMebibyteHeap() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest r) {
                    String n = String.valueOf(r.getUrl().queryParameter("url")).replaceAll("\\D", "");
                    String track = "{\"kind\":\"track\",\"id\":" + n + ",\"urn\":\"soundcloud:tracks:" + n + "\",\"title\":\"t\"}";
                    byte[] pad = new byte[16 * 1024 * 1024 - 64 - track.length()]; // a valid answer padded to just under the cap
                    Arrays.fill(pad, (byte) ' ');
                    Buffer body = new Buffer().writeUtf8(track).write(pad);
                    return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body(body).build();
                }
            });
            server.start();
            Path config = ResolveFixtures.configFor(dir, server.url("/").toString());
            Path data = dir.resolve("data");
            SyncTestClients.writeTokens(data);
            String stdin = "a/t1\na/t2\na/t3\na/t4\n";

            var r = JarProcess.of("--config", config.toString(), "--data-dir", data.toString(), "resolve", "-j", "4", "--no-cache")
                    .javaOpts("-Xmx64m").stdin(stdin).timeoutSeconds(120).run();

            String err = r.stderr().length() > 3000 ? r.stderr().substring(0, 3000) : r.stderr();
            assertFalse(r.stderr().contains("OutOfMemoryError"), err);
            assertEquals(0, r.exitCode(), err);
            List<JsonNode> out = new ArrayList<>();
            for (String l : r.lines()) out.add(Json.MAPPER.readTree(l));
            assertEquals(4, out.size());
            for (int i = 0; i < 4; i++) assertEquals("soundcloud:tracks:" + (i + 1), out.get(i).get("urn").asText(), out.get(i).toString());
        }
    }
}
