package org.musicminion.discover.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.musicminion.discover.Json;
import org.musicminion.discover.testing.JarProcess;

class SandboxCommandIT {
    @Test
    void theSandboxRunsInTheForegroundAndPrintsOneJsonLineForScripts() throws Exception {
        JarProcess.Running p = JarProcess.of("sandbox", "--artists", "3", "--per-artist", "10", "--pool", "100", "--error-rate", "0")
                .start();
        try {
            String line = null;
            for (int i = 0; i < 200 && line == null; i++) {
                String out = p.stdoutSoFar();
                if (out.contains("\n")) line = out.substring(0, out.indexOf('\n'));
                else Thread.sleep(50);
            }
            assertTrue(line != null, "no JSON line on stdout");
            JsonNode info = Json.MAPPER.readTree(line);
            String base = info.get("base_url").asText();
            assertTrue(base.startsWith("http://127.0.0.1:"), line);
            assertEquals(base, info.get("api_url").asText());
            assertEquals(base, info.get("auth_url").asText());
            assertEquals("sandbox-client", info.get("client_id").asText());

            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> token = client.send(HttpRequest.newBuilder(URI.create(base + "/oauth/token"))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("sandbox-client:sandbox-secret".getBytes()))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, token.statusCode(), token.body());
            HttpResponse<String> stats = client.send(HttpRequest.newBuilder(URI.create(info.get("stats_url").asText())).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(1, Json.MAPPER.readTree(stats.body()).get("routes").get("POST /oauth/token").get("200").asLong());
            assertTrue(p.process().isAlive(), "runs until killed");
        } finally {
            p.process().destroy();
            p.process().waitFor();
        }
    }
}
