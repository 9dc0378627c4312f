package org.musicminion.discover.resolve.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import org.musicminion.discover.Json;
import org.musicminion.discover.sandbox.SandboxOptions;
import org.musicminion.discover.sandbox.SandboxServer;
import org.musicminion.discover.testing.SandboxLogin;

/**
 * {@code bench/resolve-bench.sh --compare OLD_TREE RUNS [SCENARIOS]}: resolve of the same 1000 inputs at
 * concurrency 15 by an old build, this build and the public peers, each a separate process started the way its
 * user starts it, interleaved round by round on one sandbox per scenario (the order rotates each round, so no
 * contender always runs first after a pause). Prints, per contender, the median rate by wall time (process start
 * to exit, which is after its last line) and by its own clock (first request to last answer), and the failures.
 * Peers that are not installed are named and left out (see {@code ../shared/peers/README.md}).
 */
final class Compare {
    private static final Pattern OURS = Pattern.compile(
            "(\\d+) resolved, (\\d+) not found, (\\d+) failed, (\\d+) invalid \\((\\d+) from cache\\) in ([\\d.]+) s");

    /** One run's figures: inputs answered, failed, seconds by its own clock and by wall time. */
    record Result(long answered, long failed, double ownSeconds, double wallSeconds, int exit) {}

    /** A way to resolve the inputs: a build of this tool or a peer. */
    interface Contender {
        String name();

        Result run(Path dir, SandboxServer sandbox, String appToken, Path urls, Path slugs) throws Exception;
    }

    private Compare() {}

    static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: bench/resolve-bench.sh --compare OLD_TREE RUNS [A C D ...]");
            System.exit(2);
        }
        Path oldTree = Path.of(args[1]).toAbsolutePath().normalize();
        int runs = Integer.parseInt(args[2]);
        List<String> wanted = args.length > 3 ? Arrays.asList(args).subList(3, args.length) : List.of("A");
        Path peers = Path.of(System.getProperty("bench.peers", "../shared/peers")).toAbsolutePath().normalize();
        List<Contender> all = new ArrayList<>();
        all.add(new Build("old (" + oldTree.getFileName() + ")", oldTree.resolve("bin/minion-discover")));
        all.add(new Build("new (this tree)", Path.of("bin/minion-discover").toAbsolutePath()));
        Path peerTs = Path.of(System.getenv().getOrDefault("PEER_TS_DIR", "/tmp/peer"));
        if (Files.isDirectory(peerTs.resolve("node_modules/soundcloud-api-ts")) && Files.exists(peers.resolve("peer_ts_resolve.mjs"))) {
            all.add(new Peer("soundcloud-api-ts 1.13.4 (node)", List.of("node", peers.resolve("peer_ts_resolve.mjs").toString()),
                    Map.of("PEER_TS_DIR", peerTs.toString())));
        } else {
            System.out.println("left out: soundcloud-api-ts (npm install --prefix " + peerTs + " soundcloud-api-ts@1.13.4)");
        }
        if (Files.exists(Path.of("/usr/bin/python3")) && Files.exists(peers.resolve("seed_peer_resolve.py"))
                && new ProcessBuilder("/usr/bin/python3", "-c", "import aiohttp").start().waitFor() == 0) {
            all.add(new Peer("seed pattern (python aiohttp)", List.of("/usr/bin/python3", peers.resolve("seed_peer_resolve.py").toString()),
                    Map.of()));
        } else {
            System.out.println("left out: the seed's aiohttp pattern (apt-get install -y python3-aiohttp)");
        }
        for (ResolveBench.Scenario s : ResolveBench.SCENARIOS) {
            if (wanted.contains(s.name())) compare(s, all, runs);
        }
    }

    private static void compare(ResolveBench.Scenario s, List<Contender> all, int runs) throws Exception {
        SandboxOptions opts = SandboxOptions.builder().pool(s.pool()).perArtist(10).faults(s.faults()).faultSeed(7).build();
        try (SandboxServer sandbox = SandboxServer.start(opts)) {
            Path dir = Files.createTempDirectory("resolve-compare-");
            List<String> urls = ResolveBench.inputs(sandbox, s.inputs());
            Path urlFile = dir.resolve("urls.txt");
            Files.write(urlFile, urls, StandardCharsets.UTF_8);
            Path slugFile = dir.resolve("slugs.txt");
            Files.write(slugFile, urls.stream().map(u -> u.replaceFirst("^https?://[^/]+/", "")).toList(), StandardCharsets.UTF_8);
            String appToken = SandboxLogin.appToken(sandbox);
            ResolveBench.warmUp(sandbox);
            System.out.printf(Locale.ROOT, "%n== %s: %s (%d inputs, concurrency 15), %d interleaved rounds, load %s ==%n",
                    s.name(), s.what(), s.inputs(), runs, load());
            Map<String, List<Result>> results = new LinkedHashMap<>();
            for (Contender c : all) results.put(c.name(), new ArrayList<>());
            for (int round = 0; round < runs; round++) {
                for (int k = 0; k < all.size(); k++) {
                    Contender c = all.get((k + round) % all.size());
                    Path runDir = Files.createDirectories(dir.resolve("run-" + round + "-" + k));
                    sandbox.resetStats();
                    Result r = c.run(runDir, sandbox, appToken, urlFile, slugFile);
                    results.get(c.name()).add(r);
                    System.out.printf(Locale.ROOT, "  round %d %-34s wall %5.2f s (%3.0f/s)  own %5.2f s (%3.0f/s)  failed %d  exit %d  requests %d%n",
                            round + 1, c.name(), r.wallSeconds(), r.answered() / r.wallSeconds(), r.ownSeconds(),
                            r.answered() / r.ownSeconds(), r.failed(), r.exit(), sandbox.stats().count("GET /resolve"));
                }
            }
            System.out.printf(Locale.ROOT, "load after: %s%n", load());
            System.out.printf(Locale.ROOT, "%-34s %22s %22s %8s%n", "contender", "by wall time: median", "own clock: median", "failed");
            for (var e : results.entrySet()) {
                List<Result> rs = e.getValue();
                double[] wall = rs.stream().mapToDouble(r -> r.answered() / r.wallSeconds()).sorted().toArray();
                double[] own = rs.stream().mapToDouble(r -> r.answered() / r.ownSeconds()).sorted().toArray();
                long failed = rs.stream().mapToLong(Result::failed).max().orElse(0);
                System.out.printf(Locale.ROOT, "%-34s %8.0f/s (%3.0f-%3.0f) %8.0f/s (%3.0f-%3.0f) %8d%n", e.getKey(),
                        median(wall), wall[0], wall[wall.length - 1], median(own), own[0], own[own.length - 1], failed);
            }
        }
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static String load() {
        try {
            return String.join(" ", Arrays.asList(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
        } catch (IOException e) {
            return "?";
        }
    }

    /** Runs {@code pb} to its end; returns the exit code and the seconds from start to exit. */
    private static double[] timed(ProcessBuilder pb) throws Exception {
        long t0 = System.nanoTime();
        Process p = pb.start();
        int exit = p.waitFor();
        return new double[] {(System.nanoTime() - t0) / 1e9, exit};
    }

    /** A build of this tool, through its own launcher (its JVM flags and start-up archive), user token, --no-cache. */
    record Build(String name, Path launcher) implements Contender {
        @Override
        public Result run(Path dir, SandboxServer sandbox, String appToken, Path urls, Path slugs) throws Exception {
            Path data = dir.resolve("data");
            Files.createDirectories(data, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            ResolveBench.writeTokens(data, SandboxLogin.userTokens(sandbox));
            Path config = dir.resolve("config.toml");
            Files.writeString(config, "[soundcloud]\napi_url = \"" + sandbox.baseUrl() + "\"\nauth_url = \"" + sandbox.baseUrl()
                    + "\"\nclient_id = \"" + sandbox.clientId() + "\"\nclient_secret = \"" + sandbox.clientSecret() + "\"\n");
            ProcessBuilder pb = new ProcessBuilder(launcher.toString(), "--config", config.toString(), "--data-dir", data.toString(),
                    "resolve", "-j", "15", "--no-cache");
            pb.environment().put("MINION_DISCOVER_JAVA_OPTS", "-Xmx256m");
            pb.redirectInput(urls.toFile()).redirectOutput(dir.resolve("out.ndjson").toFile()).redirectError(dir.resolve("err.txt").toFile());
            double[] t = timed(pb);
            Matcher m = OURS.matcher(Files.readString(dir.resolve("err.txt")));
            if (!m.find()) throw new IllegalStateException(name + ": no summary line, see " + dir.resolve("err.txt"));
            long answered = Long.parseLong(m.group(1)) + Long.parseLong(m.group(2));
            return new Result(answered, Long.parseLong(m.group(3)), Double.parseDouble(m.group(6)), t[0], (int) t[1]);
        }
    }

    /** A peer runner of ../shared/peers: BASE TOKEN CONCURRENCY, slugs on stdin, one JSON line on stdout. */
    record Peer(String name, List<String> command, Map<String, String> env) implements Contender {
        @Override
        public Result run(Path dir, SandboxServer sandbox, String appToken, Path urls, Path slugs) throws Exception {
            List<String> cmd = new ArrayList<>(command);
            cmd.addAll(List.of(sandbox.baseUrl(), appToken, "15"));
            ProcessBuilder pb = new ProcessBuilder(cmd);
            pb.environment().putAll(env);
            pb.redirectInput(slugs.toFile()).redirectOutput(dir.resolve("out.json").toFile()).redirectError(dir.resolve("err.txt").toFile());
            double[] t = timed(pb);
            String out = Files.readString(dir.resolve("out.json")).strip();
            if (out.isEmpty()) throw new IllegalStateException(name + ": no summary, see " + dir.resolve("err.txt"));
            JsonNode j = Json.MAPPER.readTree(out.substring(out.lastIndexOf('\n') + 1));
            long answered = j.get("resolved").asLong() + j.get("not_found").asLong();
            return new Result(answered, j.get("failed").asLong(), j.get("seconds").asDouble(), t[0], (int) t[1]);
        }
    }
}
