package org.musicminion.discover.resolve.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.musicminion.discover.sandbox.Faults;
import org.musicminion.discover.sandbox.SandboxOptions;
import org.musicminion.discover.sandbox.SandboxServer;
import org.musicminion.discover.sandbox.SandboxStats;

/**
 * The resolve benchmark (a benchmark, not a test): starts the sandbox in this JVM, and for each
 * scenario runs the built jar's {@code resolve} as a separate process ({@code -Xmx256m}, {@code -j 15},
 * {@code --no-cache}) on 1000 inputs of which 5 % are deleted tracks, then prints resolve's own rate,
 * the wall time, failures and the share of 429 answers. Scenarios: A (50 ms latency), B (20 req/s
 * limit, 429 without Retry-After), C (5 % 5xx, 20 ms), D (1 % hang 12 s, 20 ms), M (100 000 inputs
 * from stdin, memory). Run with {@code bench/resolve-bench.sh [A B C D M]}.
 *
 * <p>{@code --compare OLD_TREE RUNS [SCENARIOS]} runs, on one sandbox per scenario and interleaved (the order
 * rotates every round), an old build (its own launcher), this build, and the two public peers of
 * {@code ../shared/peers} (soundcloud-api-ts under Node, the seed's aiohttp pattern), each as a separate process
 * on the same 1000 inputs at concurrency 15, and prints each one's median rate by wall time (process start to
 * exit) and by its own clock (first request to last answer) side by side.
 */
public final class ResolveBench {
    private static final Pattern SUMMARY = Pattern.compile(
            "(\\d+) resolved, (\\d+) not found, (\\d+) failed, (\\d+) invalid \\((\\d+) from cache\\) in ([\\d.]+) s, (\\d+)/s; (\\d+) requests, (\\d+) answered 429");

    static final List<Scenario> SCENARIOS = List.of(
            new Scenario("A", "50 ms latency, no faults", Faults.NONE.withLatency(50, 0), 1000, 2000),
            new Scenario("B", "20 req/s limit, 429 without Retry-After", Faults.NONE.withRateLimit(20, 20, -1), 1000, 2000),
            new Scenario("C", "5 % random 5xx, 20 ms latency", Faults.NONE.withLatency(20, 0).withErrorRate(0.05), 1000, 2000),
            new Scenario("C50", "5 % random 5xx, 50 ms latency", Faults.NONE.withLatency(50, 0).withErrorRate(0.05), 1000, 2000),
            new Scenario("D", "1 % of requests hang 12 s, 20 ms latency",
                    Faults.NONE.withLatency(20, 0).withHangs(0.01, 12_000, false), 1000, 2000),
            new Scenario("D50", "1 % of requests hang 12 s, 50 ms latency",
                    Faults.NONE.withLatency(50, 0).withHangs(0.01, 12_000, false), 1000, 2000),
            new Scenario("A10k", "A with 10 000 inputs (steady state, JVM warm-up amortized)", Faults.NONE.withLatency(50, 0),
                    10_000, 11_000),
            new Scenario("M", "100 000 inputs from stdin, -Xmx256m, no latency", Faults.NONE, 100_000, 110_000));

    record Scenario(String name, String what, Faults faults, int inputs, int pool) {}

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(System.getProperty("minion.jar", "target/minion-discover.jar"));
        if (args.length > 0 && args[0].equals("--compare")) {
            Compare.main(args);
            return;
        }
        List<String> wanted = args.length == 0 ? List.of("A", "B", "C", "D", "M") : List.of(args);
        for (Scenario s : SCENARIOS) if (wanted.contains(s.name())) run(jar, s);
    }

    private static void run(Path jar, Scenario s) throws Exception {
        SandboxOptions opts = SandboxOptions.builder().pool(s.pool()).perArtist(10).faults(s.faults()).faultSeed(7).build();
        try (SandboxServer sandbox = SandboxServer.start(opts)) {
            Path dir = Files.createTempDirectory("resolve-bench-");
            Path data = dir.resolve("data");
            Files.createDirectories(data, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            writeTokens(data, org.musicminion.discover.testing.SandboxLogin.userTokens(sandbox));
            Path config = dir.resolve("config.toml");
            Files.writeString(config, "[soundcloud]\napi_url = \"" + sandbox.baseUrl() + "\"\nauth_url = \"" + sandbox.baseUrl()
                    + "\"\nclient_id = \"" + sandbox.clientId() + "\"\nclient_secret = \"" + sandbox.clientSecret() + "\"\n");
            Path inputs = dir.resolve("inputs.txt");
            Files.write(inputs, inputs(sandbox, s.inputs()), StandardCharsets.UTF_8);
            warmUp(sandbox);
            sandbox.resetStats();

            // through the launcher, exactly as a user runs it (its JVM flags included)
            List<String> cmd = new ArrayList<>(List.of("bin/minion-discover", "--config", config.toString(),
                    "--data-dir", data.toString(), "resolve", "-j", "15", "--no-cache"));
            if (Boolean.getBoolean("bench.verbose")) cmd.add(cmd.indexOf("resolve"), "-v");
            ProcessBuilder pb = new ProcessBuilder(cmd);
            pb.environment().put("MINION_DISCOVER_JAVA_OPTS", ("-Xmx256m " + System.getProperty("bench.javaOpts", "")).trim());
            pb.redirectInput(inputs.toFile())
                    .redirectOutput(dir.resolve("out.ndjson").toFile()).redirectError(dir.resolve("err.txt").toFile());
            long t0 = System.nanoTime();
            Process p = pb.start();
            long[] exitedAt = {0}; // when the process ended, not when the 50 ms poll below noticed it
            var exited = p.onExit().thenRun(() -> exitedAt[0] = System.nanoTime());
            long peakKb = 0;
            long cpuTicks = 0;
            while (p.isAlive()) {
                peakKb = Math.max(peakKb, vmHwmKb(p.pid()));
                cpuTicks = Math.max(cpuTicks, cpuTicks(p.pid()));
                Thread.sleep(50);
            }
            exited.join();
            double wall = (exitedAt[0] - t0) / 1e9;
            String err = Files.readString(dir.resolve("err.txt"));
            long lines = Files.lines(dir.resolve("out.ndjson")).count();
            SandboxStats.Snapshot st = sandbox.stats();
            long resolveRequests = st.count("GET /resolve");
            long throttled = st.count("GET /resolve", 429);
            Matcher m = SUMMARY.matcher(err);
            System.out.printf(Locale.ROOT, "%n== %s: %s (%d inputs) ==%n", s.name(), s.what(), s.inputs());
            System.out.printf(Locale.ROOT, "exit %d, %d output lines, wall %.2f s (JVM start included)%n", p.exitValue(), lines, wall);
            if (m.find()) {
                long answered = Long.parseLong(m.group(1)) + Long.parseLong(m.group(2));
                double secs = Double.parseDouble(m.group(6));
                System.out.printf(Locale.ROOT,
                        "resolved %s, not found %s, failed %s; resolve's own time %.2f s -> %.0f inputs/s (%.0f/s by wall time)%n",
                        m.group(1), m.group(2), m.group(3), secs, answered / secs, answered / wall);
            } else {
                System.out.println("no summary line; stderr:\n" + err);
            }
            System.out.printf(Locale.ROOT, "sandbox: %d /resolve requests, %d answered 429 (%.1f %%), %d 5xx injected, %d hangs, max in flight %d%n",
                    resolveRequests, throttled, resolveRequests == 0 ? 0 : 100.0 * throttled / resolveRequests,
                    st.injectedErrors(), st.hangs(), st.maxInFlight());
            if (peakKb > 0) System.out.printf(Locale.ROOT, "peak RSS of the resolve process: %d MB, CPU time at least %.1f s%n",
                    peakKb / 1024, cpuTicks / 100.0);
            System.out.flush();
            if (Boolean.getBoolean("bench.verbose")) System.out.println("stderr kept in " + dir.resolve("err.txt"));
        }
    }

    /** {@code n} inputs: 5 % deleted tracks, the rest live, shuffled with a fixed seed. */
    static List<String> inputs(SandboxServer sandbox, int n) {
        List<String> live = new ArrayList<>(sandbox.catalogue().livePermalinkUrls());
        List<String> deleted = new ArrayList<>(sandbox.catalogue().deletedPermalinkUrls());
        int nDeleted = Math.min(deleted.size(), n / 20);
        if (live.size() < n - nDeleted) throw new IllegalStateException("pool too small for " + n + " inputs");
        Random rnd = new Random(1);
        Collections.shuffle(live, rnd);
        Collections.shuffle(deleted, rnd);
        List<String> out = new ArrayList<>(live.subList(0, n - nDeleted));
        out.addAll(deleted.subList(0, nDeleted));
        Collections.shuffle(out, rnd);
        return out;
    }

    /** A real server is warm: send it a few hundred requests (faults off) before measuring. */
    static void warmUp(SandboxServer sandbox) throws Exception {
        Faults faults = sandbox.faults();
        sandbox.setFaults(Faults.NONE);
        java.net.http.HttpClient c = java.net.http.HttpClient.newHttpClient();
        List<String> urls = sandbox.catalogue().livePermalinkUrls();
        for (int i = 0; i < 300; i++) {
            var req = java.net.http.HttpRequest.newBuilder(java.net.URI.create(sandbox.baseUrl() + "/resolve?url="
                    + java.net.URLEncoder.encode(urls.get(i % urls.size()), StandardCharsets.UTF_8))).build();
            c.send(req, java.net.http.HttpResponse.BodyHandlers.discarding());
        }
        sandbox.setFaults(faults);
    }

    static void writeTokens(Path data, org.musicminion.discover.testing.SandboxLogin.Tokens t) throws IOException {
        Path f = data.resolve("tokens.json");
        Files.writeString(f, "{\"access_token\":\"" + t.accessToken() + "\",\"refresh_token\":\"" + t.refreshToken()
                + "\",\"expires_at\":\"" + Instant.now().plusSeconds(t.expiresIn()) + "\",\"scope\":\"\","
                + "\"user\":{\"id\":1,\"urn\":\"soundcloud:users:1\",\"username\":\"bench\"}}");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
    }

    /** utime + stime of a process in clock ticks (1/100 s), 0 when gone. */
    private static long cpuTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }

    private static long vmHwmKb(long pid) {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (l.startsWith("VmHWM:")) return Long.parseLong(l.replaceAll("\\D", ""));
            }
        } catch (IOException | NumberFormatException gone) {
            // the process ended
        }
        return 0;
    }
}
