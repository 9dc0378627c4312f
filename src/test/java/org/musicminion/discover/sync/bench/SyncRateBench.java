package org.musicminion.discover.sync.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.musicminion.discover.Json;
import org.musicminion.discover.sandbox.Faults;
import org.musicminion.discover.sandbox.SandboxOptions;
import org.musicminion.discover.sandbox.SandboxServer;
import org.musicminion.discover.sandbox.SandboxStats;
import org.musicminion.discover.testing.SandboxLogin;

/**
 * sync against a rate-limited server (a benchmark, not a test): for each round and each jar given
 * (interleaved, so old and new see the same machine), a fresh sandbox limited to {@code rate}
 * requests/s (token bucket, burst = rate) that answers 429 without Retry-After, {@code artists}
 * followed artists × {@code perArtist} reposts + likes, then {@code sync --full} of that jar as its own
 * process ({@code -Xmx512m}, defaults otherwise: 4 artists at once, pages of 200, 5 retries). Prints
 * per run: exit code, requests and 429s as the sandbox counted them, the share of 429s, accepted
 * requests per second between the first and the last request the sandbox saw (against the limit) and
 * over sync's own {@code duration_ms} (which adds the followings' first request and the merge), and
 * the lists the run could not read. Run by {@code bench/sync-rate-bench.sh OLD_JAR NEW_JAR}.
 */
public final class SyncRateBench {
    public static void main(String[] args) throws Exception {
        Map<String, Path> jars = new LinkedHashMap<>();
        for (String a : args) {
            int eq = a.indexOf('=');
            jars.put(a.substring(0, eq), Path.of(a.substring(eq + 1)));
        }
        int rounds = Integer.getInteger("bench.rounds", 3);
        int rate = Integer.getInteger("bench.rate", 20);
        int artists = Integer.getInteger("bench.artists", 50);
        int perArtist = Integer.getInteger("bench.perArtist", 400);
        System.out.printf(Locale.ROOT, "sandbox: limit %d req/s (burst %d), 429 without Retry-After, %d artists x (%d reposts + %d likes);"
                + " sync --full, -Xmx512m, %d rounds, jars interleaved%n", rate, rate, artists, perArtist, perArtist, rounds);
        System.out.println("| run | exit | requests | 429s | share 429 | accepted/s, first to last request (limit " + rate
                + ") | % of limit | accepted/s over sync's duration_ms | incomplete or failed lists | wall s |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        for (int round = 1; round <= rounds; round++) {
            for (Map.Entry<String, Path> jar : jars.entrySet()) run(jar.getKey() + " #" + round, jar.getValue(), rate, artists, perArtist);
        }
    }

    private static void run(String name, Path jar, int rate, int artists, int perArtist) throws Exception {
        SandboxOptions opts = SandboxOptions.builder().artists(artists).perArtist(perArtist).pool(20_000)
                .faults(Faults.NONE.withRateLimit(rate, rate, -1).withTokenLifetimeSeconds(86_400)).faultSeed(7).build();
        try (SandboxServer sandbox = SandboxServer.start(opts)) {
            Path dir = Files.createTempDirectory("sync-rate-bench-");
            Path data = dir.resolve("data");
            SandboxLogin.writeUserTokens(sandbox, data, 1, "bench");
            Path config = dir.resolve("config.toml");
            // the feed (a later addition) is off so both jars do the same reads
            Files.writeString(config, "[soundcloud]\napi_url = \"" + sandbox.baseUrl() + "\"\nauth_url = \"" + sandbox.baseUrl()
                    + "\"\nclient_id = \"" + sandbox.clientId() + "\"\nclient_secret = \"" + sandbox.clientSecret() + "\"\n"
                    + "[sync]\nfeed = false\n");
            Thread.sleep(1_100); // the login's requests leave the bucket full again
            sandbox.resetStats();
            List<String> cmd = new ArrayList<>(List.of("java", "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar",
                    jar.toString(), "--config", config.toString(), "--data-dir", data.toString(), "sync", "--full"));
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(dir.resolve("out.json").toFile())
                    .redirectError(dir.resolve("err.txt").toFile());
            long t0 = System.nanoTime();
            Process p = pb.start();
            long first = 0;
            long last = 0;
            long seen = 0;
            while (p.isAlive()) { // the request window as the server saw it: first to last request
                long n = sandbox.stats().total();
                long now = System.nanoTime();
                if (n > 0 && first == 0) first = now;
                if (n != seen) last = now;
                seen = n;
                Thread.sleep(5);
            }
            int exit = p.waitFor();
            double wall = (System.nanoTime() - t0) / 1e9;
            double windowS = (last - first) / 1e9;
            SandboxStats.Snapshot st = sandbox.stats();
            long throttled = st.status(429);
            String out = Files.readString(dir.resolve("out.json")).trim();
            String err = Files.readString(dir.resolve("err.txt"));
            double runS = Double.NaN;
            String lists = "?";
            if (!out.isEmpty()) {
                JsonNode s = Json.MAPPER.readTree(out);
                runS = s.path("duration_ms").asLong() / 1000.0;
                lists = s.has("incomplete_lists") ? Integer.toString(s.get("incomplete_lists").size()) : "0";
            } else {
                lists = "run failed: " + err.lines().filter(l -> !l.isBlank()).reduce((a, b) -> b).orElse("").replace('|', '/');
            }
            double accepted = (st.total() - throttled) / windowS;
            System.out.printf(Locale.ROOT, "| %s | %d | %d | %d | %.1f %% | %.1f | %.0f %% | %.1f | %s | %.1f |%n", name, exit, st.total(),
                    throttled, 100.0 * throttled / Math.max(1, st.total()), accepted, 100 * accepted / rate,
                    (st.total() - throttled) / runS, lists, wall);
            System.out.flush();
        }
    }
}
