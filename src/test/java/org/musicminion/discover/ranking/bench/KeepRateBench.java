package org.musicminion.discover.ranking.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.musicminion.discover.Messages;
import org.musicminion.discover.config.Settings;
import org.musicminion.discover.http.ApiClient;
import org.musicminion.discover.http.HttpClients;
import org.musicminion.discover.http.RetryPolicy;
import org.musicminion.discover.ranking.CandidateRanking;
import org.musicminion.discover.ranking.Ranked;
import org.musicminion.discover.ranking.RankingKind;
import org.musicminion.discover.ranking.RankingRules;
import org.musicminion.discover.ranking.Rankings;
import org.musicminion.discover.sandbox.Catalogue;
import org.musicminion.discover.sandbox.Faults;
import org.musicminion.discover.sandbox.SandboxOptions;
import org.musicminion.discover.sandbox.SandboxServer;
import org.musicminion.discover.sandbox.SimulatedListener;
import org.musicminion.discover.sandbox.Taste;
import org.musicminion.discover.sandbox.WorldDays;
import org.musicminion.discover.sandbox.zoo.ListenerStory;
import org.musicminion.discover.sandbox.zoo.ListenerZoo;
import org.musicminion.discover.soundcloud.SoundCloud;
import org.musicminion.discover.store.Database;
import org.musicminion.discover.sync.PlaylistRanking;
import org.musicminion.discover.sync.Sync;
import org.musicminion.discover.sync.SyncOptions;
import org.musicminion.discover.sync.SyncProgress;
import org.musicminion.discover.testing.FixedToken;
import org.musicminion.discover.testing.ManualClock;
import org.musicminion.discover.testing.SandboxLogin;

/**
 * The keep-rate benchmark (not a test), after the independent outside bench: for every listener of the zoo
 * ({@link ListenerZoo}) and every world seed, each ranking runs as its own policy on its own twin world (the same seed:
 * the same catalogue, new reposts and listener; only what is shown differs). A day is one {@code sync --all
 * --push-playlist} (which imports yesterday's verdicts, ranks and pushes the 30-track Discovery playlist), then the
 * simulated listener hears it and judges on the account, then the world's day goes by ({@link WorldDays}). Measured
 * over the steady days: the pushed playlist's mean hidden keep chance (the listener's own probability, read only
 * here) and the observed keep rate (liked / judged). Run by bench/keep-rate-bench.sh; docs/performance.md.
 */
public final class KeepRateBench {
    /** One bench's parameters. */
    public record Setup(List<String> listeners, List<Long> seeds, List<String> policies, int days, int artists, int perArtist, int pool,
                        int maxTracks, int listensPerDay, double newRepostsPerArtistDay, int steadyFrom, int threads) {
        public static Setup defaults() {
            return new Setup(ListenerZoo.names(), List.of(1L, 2L, 3L), List.copyOf(POLICIES.keySet()), 30, 40, 60, 4000, 30, 30, 1.5, 8, 2);
        }
    }

    /** A ranking as the bench builds it for one run: the product's rules, the run's clock, oracle and world seed. */
    @FunctionalInterface
    interface Policy {
        CandidateRanking of(RankingRules rules, Clock clock, Oracle oracle, long seed);
    }

    /**
     * The rankings compared, each run as its own policy. "new ranking" and "music-minion" are what sync ranks with
     * under {@code ranking.model = "auto"} and {@code "music-minion"} ({@link Rankings#of}).
     */
    static final Map<String, Policy> POLICIES = new LinkedHashMap<>();
    /** A policy named with this suffix syncs with {@code sync.related = true}. */
    static final String WITH_RELATED = " + related";
    static {
        POLICIES.put("new ranking", (rules, clock, oracle, seed) -> Rankings.of(rules.withModel(Settings.Ranking.Model.AUTO), clock));
        // the same ranking, with sync.related = true: the related tracks of the listener's likes join the candidates
        POLICIES.put("new ranking" + WITH_RELATED, POLICIES.get("new ranking"));
        POLICIES.put("music-minion", (rules, clock, oracle, seed) -> Rankings.of(rules.withModel(Settings.Ranking.Model.MUSIC_MINION), clock));
        POLICIES.put("most reposters", (rules, clock, oracle, seed) -> Baselines.mostReposters(rules));
        POLICIES.put("random", (rules, clock, oracle, seed) -> Baselines.random(rules, seed * 977 + 13));
        POLICIES.put("best possible", (rules, clock, oracle, seed) -> oracle.bestPossible(rules));
    }

    /** What one ranking did on one day: tracks pushed, judged, liked, the pushed playlist's mean hidden keep chance, which scorer ranked. */
    public record Day(int pushed, int judged, int liked, double meanKeep, RankingKind ranking) {
        double keepRate() {
            return judged == 0 ? 0 : (double) liked / judged;
        }
    }

    /** The days of one ranking on one listener's world. */
    public record Run(String listener, long seed, String policy, List<Day> days) {
        List<Day> steady(int from) {
            return days.subList(Math.min(from - 1, days.size()), days.size());
        }

        public double meanKeep(int from) {
            return steady(from).stream().mapToDouble(Day::meanKeep).average().orElse(0);
        }

        public int judged(int from) {
            return steady(from).stream().mapToInt(Day::judged).sum();
        }

        public int liked(int from) {
            return steady(from).stream().mapToInt(Day::liked).sum();
        }

        public double keepRate(int from) {
            int j = judged(from);
            return j == 0 ? 0 : (double) liked(from) / j;
        }
    }

    public static void main(String[] args) throws Exception {
        Setup d = Setup.defaults();
        List<String> listeners = d.listeners();
        List<Long> seeds = d.seeds();
        List<String> policies = d.policies();
        int days = d.days();
        int threads = d.threads();
        double perDay = d.newRepostsPerArtistDay();
        Path svg = Path.of("docs/keep-rate.svg");
        Path md = null;
        for (int i = 0; i < args.length; i++) {
            String v = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--listener", "--listeners" -> { listeners = List.of(v.split(",")); i++; }
                case "--seeds" -> { seeds = seedList(Integer.parseInt(v)); i++; }
                case "--days" -> { days = Integer.parseInt(v); i++; }
                case "--policies" -> { policies = List.of(v.split(",")); i++; }
                case "--threads" -> { threads = Integer.parseInt(v); i++; }
                case "--reposts-per-day" -> { perDay = Double.parseDouble(v); i++; }
                case "--svg" -> { svg = "none".equals(v) ? null : Path.of(v); i++; }
                case "--md" -> { md = Path.of(v); i++; }
                default -> throw new IllegalArgumentException("unknown argument " + args[i] + "; usage: [--listener a,b] [--seeds N] [--days N]"
                        + " [--policies a,b] [--threads N] [--reposts-per-day X] [--svg path|none] [--md path]; listeners " + ListenerZoo.names()
                        + ", policies " + POLICIES.keySet());
            }
        }
        for (String l : listeners) if (ListenerZoo.byName(l).isEmpty()) throw new IllegalArgumentException("no listener " + l + "; " + ListenerZoo.names());
        for (String p : policies) if (!POLICIES.containsKey(p)) throw new IllegalArgumentException("no policy " + p + "; " + POLICIES.keySet());
        Setup s = new Setup(listeners, seeds, policies, days, d.artists(), d.perArtist(), d.pool(), d.maxTracks(), d.listensPerDay(),
                perDay, Math.min(d.steadyFrom(), days), threads);
        System.out.printf("keep-rate bench: listeners %s, world seeds %s, %d days (steady from day %d), %d followed artists x (%d reposts +"
                        + " %d likes) from a pool of %d, a %d-track Discovery playlist, the listener hears the top %d a day,"
                        + " %.1f new reposts per artist a day; %d threads%n",
                s.listeners(), s.seeds(), s.days(), s.steadyFrom(), s.artists(), s.perArtist(), s.perArtist(), s.pool(), s.maxTracks(),
                s.listensPerDay(), s.newRepostsPerArtistDay(), s.threads());
        long t0 = System.nanoTime();
        List<Run> runs = runAll(s);
        System.out.printf("%n%d runs in %.1f s%n%n", runs.size(), (System.nanoTime() - t0) / 1e9);
        String table = table(runs, s);
        System.out.print(table);
        if (md != null) Files.writeString(md, table);
        if (svg != null) {
            Files.writeString(svg, KeepRateChart.svg(runs, s));
            System.out.println("\nchart: " + svg);
        }
    }

    private static List<Long> seedList(int n) {
        List<Long> out = new ArrayList<>();
        for (long i = 1; i <= n; i++) out.add(i);
        return out;
    }

    /** Every (listener, seed, policy) run, in that order; runs go on {@code threads} threads. */
    public static List<Run> runAll(Setup s) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, s.threads()));
        try {
            List<Future<Run>> futures = new ArrayList<>();
            for (String l : s.listeners()) {
                for (long seed : s.seeds()) {
                    for (String p : s.policies()) futures.add(pool.submit(() -> run(s, ListenerZoo.byName(l).orElseThrow(), seed, p)));
                }
            }
            List<Run> runs = new ArrayList<>();
            for (Future<Run> f : futures) runs.add(f.get());
            return runs;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The product's default rules with {@code maxTracks}. */
    static RankingRules rules(int maxTracks) {
        RankingRules d = RankingRules.of(Settings.defaults());
        return new RankingRules(maxTracks, d.perArtistCap(), d.slots(), d.minDurationMs(), d.maxDurationMs(), d.mixesMaxTracks(),
                d.model(), d.minVerdicts());
    }

    static Run run(Setup s, ListenerStory story, long seed, String policy) throws Exception {
        ManualClock clock = new ManualClock(Instant.parse("2026-11-02T06:00:00Z"));
        SandboxOptions so = SandboxOptions.builder().artists(s.artists()).perArtist(s.perArtist()).pool(s.pool()).seed(seed)
                .userLikes(0).world(story.world()).clock(clock).faults(Faults.NONE.withTokenLifetimeSeconds(86_400 * 365)).build();
        Path dir = Files.createTempDirectory(Files.isDirectory(Path.of("/dev/shm")) ? Path.of("/dev/shm") : Path.of(System.getProperty("java.io.tmpdir")),
                "keep-rate-bench");
        List<Day> days = new ArrayList<>();
        long t0 = System.nanoTime();
        try (SandboxServer sc = SandboxServer.start(so); Database db = Database.openIn(dir)) {
            Catalogue cat = sc.catalogue();
            long listenerSeed = seed * 31 + 7;
            Taste taste = story.taste(cat, listenerSeed);
            SimulatedListener listener = new SimulatedListener(cat, taste, story.judging(), s.listensPerDay(), listenerSeed);
            Oracle oracle = new Oracle(cat, taste);
            WorldDays world = new WorldDays(cat, seed + 1, s.newRepostsPerArtistDay());
            ApiClient api = new ApiClient(HttpClients.create(Duration.ofSeconds(30)), sc.baseUrl(), RetryPolicy.builder().build(),
                    clock, x -> {}, Duration.ofSeconds(30), FixedToken.of(SandboxLogin.userTokens(sc).accessToken()), null);
            Settings settings = policy.endsWith(WITH_RELATED) ? Settings.of(null, Map.of("sync.related", true)) : Settings.defaults();
            SyncOptions options = SyncOptions.builder(settings).all(true).pushPlaylist(true).build();
            SoundCloud soundcloud = new SoundCloud(api, options.pageSize());
            RankingRules rules = rules(s.maxTracks());
            PlaylistRanking index = PlaylistRanking.of(POLICIES.get(policy).of(rules, clock, oracle, seed));
            for (int day = 1; day <= s.days(); day++) {
                if (day > 1) {
                    world.next();
                    clock.advance(Duration.ofDays(1));
                }
                oracle.day(day);
                Ranked[] ranked = new Ranked[1];
                PlaylistRanking capture = (c, owned) -> ranked[0] = index.rank(c, owned);
                new Sync(db, soundcloud, options, capture, clock, Messages.NONE, SyncProgress.NONE).run();
                List<String> pushed = cat.playlistByTitle(Catalogue.DISCOVERY).orElseThrow().trackUrns();
                double meanKeep = oracle.meanKeepChance(pushed);
                days.add(tally(listener.listen(day), pushed.size(), meanKeep, ranked[0]));
            }
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
        Run run = new Run(story.name(), seed, policy, days);
        System.out.printf("%-12s seed %d %-15s mean keep chance days %d-%d: %.3f, keep rate %.3f (%d judged) [%.1f s]%n", story.name(), seed,
                policy, s.steadyFrom(), s.days(), run.meanKeep(s.steadyFrom()), run.keepRate(s.steadyFrom()), run.judged(s.steadyFrom()),
                (System.nanoTime() - t0) / 1e9);
        return run;
    }

    static Day tally(List<SimulatedListener.Judged> judged, int pushed, double meanKeep, Ranked ranked) {
        int j = 0;
        int liked = 0;
        for (SimulatedListener.Judged x : judged) {
            if (x.verdict() == SimulatedListener.Verdict.UNJUDGED) continue;
            j++;
            if (x.verdict() == SimulatedListener.Verdict.LIKED) liked++;
        }
        return new Day(pushed, j, liked, meanKeep, ranked == null || ranked.evaluation() == null ? null : ranked.ranking());
    }

    /**
     * Per listener and pooled (each listener weighing the same): each policy's mean hidden keep chance of the pushed
     * playlist over the steady days, the observed keep rate, and the new ranking's mean keep chance over it.
     */
    static String table(List<Run> runs, Setup s) {
        int from = s.steadyFrom();
        StringBuilder b = new StringBuilder(String.format("| listener | ranking | mean keep probability, days %d-%d | observed keep rate (judged) | new / it |%n",
                from, s.days()));
        b.append("|---|---|---|---|---|\n");
        Map<String, double[]> pooled = new LinkedHashMap<>();
        for (String l : s.listeners()) {
            Map<String, double[]> byPolicy = new LinkedHashMap<>();
            for (String p : s.policies()) {
                double[] acc = new double[3]; // mean keep summed over seeds, liked, judged
                for (Run r : runs) {
                    if (!r.listener().equals(l) || !r.policy().equals(p)) continue;
                    acc[0] += r.meanKeep(from) / s.seeds().size();
                    acc[1] += r.liked(from);
                    acc[2] += r.judged(from);
                }
                byPolicy.put(p, acc);
                double[] pool = pooled.computeIfAbsent(p, k -> new double[3]);
                pool[0] += acc[0] / s.listeners().size();
                pool[1] += acc[1];
                pool[2] += acc[2];
            }
            rows(b, l, byPolicy);
        }
        if (s.listeners().size() > 1) rows(b, "pooled", pooled);
        return b.toString();
    }

    private static void rows(StringBuilder b, String listener, Map<String, double[]> byPolicy) {
        double[] fresh = byPolicy.get("new ranking");
        for (Map.Entry<String, double[]> e : byPolicy.entrySet()) {
            double[] a = e.getValue();
            String ratio = fresh == null || e.getKey().equals("new ranking") ? "—" : String.format("%.2fx", fresh[0] / Math.max(1e-9, a[0]));
            b.append(String.format("| %s | %s | %.3f | %.3f (%d) | %s |%n", listener, e.getKey(), a[0], a[2] == 0 ? 0 : a[1] / a[2], (int) a[2], ratio));
        }
    }

    static List<String> listOf(String... xs) {
        return Arrays.asList(xs);
    }
}
