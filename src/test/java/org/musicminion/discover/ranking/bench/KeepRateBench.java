package org.musicminion.discover.ranking.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;

import org.musicminion.discover.config.Settings;
import org.musicminion.discover.http.ApiClient;
import org.musicminion.discover.http.HttpClients;
import org.musicminion.discover.http.RetryPolicy;
import org.musicminion.discover.ranking.DiscoveryRanker;
import org.musicminion.discover.ranking.CandidateRanking;
import org.musicminion.discover.ranking.MusicMinionWaterfall;
import org.musicminion.discover.ranking.Ranked;
import org.musicminion.discover.ranking.RankingKind;
import org.musicminion.discover.ranking.RankingRules;
import org.musicminion.discover.ranking.SlotBrackets;
import org.musicminion.discover.sandbox.Catalogue;
import org.musicminion.discover.sandbox.Faults;
import org.musicminion.discover.sandbox.ListenerTaste;
import org.musicminion.discover.sandbox.SandboxOptions;
import org.musicminion.discover.sandbox.SandboxServer;
import org.musicminion.discover.sandbox.SimulatedListener;
import org.musicminion.discover.store.Database;
import org.musicminion.discover.Messages;
import org.musicminion.discover.soundcloud.SoundCloud;
import org.musicminion.discover.sync.PlaylistRanking;
import org.musicminion.discover.sync.Sync;
import org.musicminion.discover.sync.SyncOptions;
import org.musicminion.discover.sync.SyncProgress;
import org.musicminion.discover.testing.FixedToken;
import org.musicminion.discover.testing.ManualClock;

/**
 * The keep-rate benchmark (not a test): {@code days} simulated days against the sandbox, each one
 * {@code sync --push-playlist} (which imports yesterday's verdicts, ranks and pushes the Discovery playlist) → the {@link SimulatedListener} judges it,
 * with new reposts arriving every day. The same days (catalogue, new reposts, listener taste) are replayed for
 * each ranking: the one before this change, "most reposters first", Music Minion's slot heuristic and the new
 * ranking. Prints keep rate (liked / judged) and precision at 20 per day and over the steady days, and writes an
 * SVG chart of keep rate by day. Run by bench/keep-rate-bench.sh.
 */
public final class KeepRateBench {
    /** One run's parameters. */
    public record Setup(int days, int artists, int perArtist, int pool, long seed, int maxTracks, int listensPerDay,
                        double skipShare, double baseRate, double newRepostsPerArtistDay, int steadyFrom) {
        public static Setup defaults() {
            return new Setup(30, 40, 60, 4000, 42, 100, 30, 0.15, 0.22, 0.5, 8);
        }
    }

    /** What one ranking did on one day: tracks pushed, judged, liked, liked in the first 20, and which scorer ranked. */
    public record Day(int pushed, int judged, int liked, int likedTop20, int top20, RankingKind ranking) {
        double keepRate() {
            return judged == 0 ? 0 : (double) liked / judged;
        }
    }

    /** The days of one ranking. */
    public record Run(String name, List<Day> days) {
        /** Keep rate pooled over days {@code from}..end (1-based). */
        public double keepRate(int from) {
            int liked = 0;
            int judged = 0;
            for (Day d : days.subList(from - 1, days.size())) {
                liked += d.liked();
                judged += d.judged();
            }
            return judged == 0 ? 0 : (double) liked / judged;
        }

        public double precisionAt20(int from) {
            int liked = 0;
            int top = 0;
            for (Day d : days.subList(from - 1, days.size())) {
                liked += d.likedTop20();
                top += d.top20();
            }
            return top == 0 ? 0 : (double) liked / top;
        }
    }

    public static void main(String[] args) throws Exception {
        Setup d = Setup.defaults();
        Setup s = new Setup(intArg(args, 0, d.days()), intArg(args, 1, d.artists()), d.perArtist(), d.pool(),
                args.length > 2 ? Long.parseLong(args[2]) : d.seed(), d.maxTracks(), d.listensPerDay(), d.skipShare(), d.baseRate(),
                d.newRepostsPerArtistDay(), d.steadyFrom());
        Path svg = Path.of(args.length > 3 ? args[3] : "docs/keep-rate.svg");
        System.out.printf("keep-rate bench: %d days, %d followed artists x (%d reposts + %d likes) from a pool of %d, seed %d,"
                        + " max_tracks %d, per_artist_cap 5, listener hears the top %d a day and skips %.0f %% of those,"
                        + " base keep rate %.0f %%, %.1f new reposts per artist a day%n",
                s.days(), s.artists(), s.perArtist(), s.perArtist(), s.pool(), s.seed(), s.maxTracks(), s.listensPerDay(),
                s.skipShare() * 100, s.baseRate() * 100, s.newRepostsPerArtistDay());
        long t0 = System.nanoTime();
        List<Run> runs = runAll(s);
        System.out.printf("%n%d rankings x %d days in %.1f s%n%n", runs.size(), s.days(), (System.nanoTime() - t0) / 1e9);
        System.out.print(dailyTable(runs));
        System.out.println();
        System.out.print(summary(runs, s.steadyFrom()));
        Files.writeString(svg, KeepRateChart.svg(runs, s.steadyFrom()));
        System.out.println("\nchart: " + svg);
    }

    /** The four rankings, each over the same simulated days. */
    public static List<Run> runAll(Setup s) throws Exception {
        RankingRules rules = rules(s.maxTracks());
        Map<String, Function<Clock, CandidateRanking>> rankings = new LinkedHashMap<>();
        rankings.put("current", clock -> Baselines.current(rules));
        rankings.put("most reposters first", clock -> Baselines.mostReposters(rules));
        rankings.put("slot heuristic", clock -> Baselines.slotHeuristic(rules));
        rankings.put("music-minion", clock -> new MusicMinionWaterfall(rules, clock));
        rankings.put("new ranking", clock -> new DiscoveryRanker(rules));
        if (Boolean.getBoolean("bench.heuristicOnly")) {
            rankings.put("new, heuristic only", clock -> new DiscoveryRanker(rules.withModel(Settings.Ranking.Model.HEURISTIC)));
        }
        String only = System.getProperty("bench.only"); // e.g. "new ranking" while trying a change
        List<Run> runs = new ArrayList<>();
        for (Map.Entry<String, Function<Clock, CandidateRanking>> e : rankings.entrySet()) {
            if (only == null || List.of(only.split(",")).contains(e.getKey())) runs.add(run(s, e.getKey(), e.getValue()));
        }
        return runs;
    }

    /** The product's default rules with {@code maxTracks}. */
    static RankingRules rules(int maxTracks) {
        return new RankingRules(maxTracks, 5, SlotBrackets.DEFAULT, 120_000, 600_000, 20, Settings.Ranking.Model.AUTO, 50);
    }

    static Run run(Setup s, String name, Function<Clock, CandidateRanking> rankingAt) throws Exception {
        SandboxOptions so = SandboxOptions.builder().artists(s.artists()).perArtist(s.perArtist()).pool(s.pool()).seed(s.seed())
                .userLikes(0).faults(Faults.NONE.withTokenLifetimeSeconds(86_400 * 365)).build();
        Path dir = Files.createTempDirectory("keep-rate-bench");
        ManualClock clock = new ManualClock(Instant.parse("2026-11-02T06:00:00Z"));
        List<Day> days = new ArrayList<>();
        try (SandboxServer sc = SandboxServer.start(so); Database db = Database.openIn(dir)) {
            Catalogue cat = sc.catalogue();
            ListenerTaste taste = new ListenerTaste(cat, s.seed() * 31 + 7, s.baseRate());
            SimulatedListener listener = new SimulatedListener(cat, taste, s.listensPerDay(), s.skipShare());
            ApiClient api = new ApiClient(HttpClients.create(Duration.ofSeconds(30)), sc.baseUrl(), RetryPolicy.builder().build(),
                    clock, x -> {}, Duration.ofSeconds(30), FixedToken.of(org.musicminion.discover.testing.SandboxLogin.userTokens(sc).accessToken()), null);
            SyncOptions options = SyncOptions.builder(Settings.defaults()).all(true).pushPlaylist(true).build();
            SoundCloud soundcloud = new SoundCloud(api, options.pageSize());
            PlaylistRanking index = PlaylistRanking.of(rankingAt.apply(clock));
            List<String> live = new ArrayList<>();
            for (Catalogue.Track t : cat.tracks()) if (!t.deleted()) live.add(t.urn());
            SplittableRandom rnd = new SplittableRandom(s.seed() + 1); // the same new reposts for every ranking
            for (int day = 1; day <= s.days(); day++) {
                if (day > 1) {
                    for (Catalogue.User a : cat.followings()) {
                        int n = poisson(rnd, s.newRepostsPerArtistDay());
                        for (int k = 0; k < n; k++) {
                            while (!cat.addRepost(a.urn(), live.get(rnd.nextInt(live.size())))) { /* already reposted: draw again */ }
                        }
                    }
                    clock.advance(Duration.ofDays(1));
                }
                Ranked[] ranked = new Ranked[1];
                PlaylistRanking capture = (c, owned) -> ranked[0] = index.rank(c, owned);
                new Sync(db, soundcloud, options, capture, clock, Messages.NONE, SyncProgress.NONE).run();
                days.add(tally(listener.listen(day), ranked[0]));
            }
        }
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
        Run run = new Run(name, days);
        System.out.printf("%-22s keep rate days %d-%d: %.3f%n", name, s.steadyFrom(), s.days(), run.keepRate(s.steadyFrom()));
        return run;
    }

    static Day tally(List<SimulatedListener.Judged> judged, Ranked ranked) {
        int j = 0;
        int liked = 0;
        int likedTop = 0;
        for (SimulatedListener.Judged x : judged) {
            if (x.verdict() == SimulatedListener.Verdict.UNJUDGED) continue;
            j++;
            if (x.verdict() == SimulatedListener.Verdict.LIKED) {
                liked++;
                if (x.position() < 20) likedTop++;
            }
        }
        return new Day(ranked.discovery().size(), j, liked, likedTop, Math.min(20, ranked.discovery().size()),
                ranked.evaluation() == null ? null : ranked.ranking());
    }

    private static int poisson(SplittableRandom rnd, double mean) {
        double l = Math.exp(-mean);
        int k = 0;
        double p = rnd.nextDouble();
        while (p > l) {
            k++;
            p *= rnd.nextDouble();
        }
        return k;
    }

    static String dailyTable(List<Run> runs) {
        StringBuilder b = new StringBuilder("| day |");
        for (Run r : runs) b.append(' ').append(r.name()).append(" keep / p@20 |");
        b.append("\n|---|");
        b.append("---|".repeat(runs.size())).append('\n');
        for (int d = 0; d < runs.get(0).days().size(); d++) {
            b.append("| ").append(d + 1).append(" |");
            for (Run r : runs) {
                Day x = r.days().get(d);
                b.append(String.format(" %.2f / %.2f%s |", x.keepRate(), x.top20() == 0 ? 0 : (double) x.likedTop20() / x.top20(),
                        x.ranking() == RankingKind.MODEL ? " (model)" : ""));
            }
            b.append('\n');
        }
        return b.toString();
    }

    static String summary(List<Run> runs, int from) {
        Run base = runs.stream().filter(r -> r.name().equals("most reposters first")).findFirst().orElse(runs.get(0));
        int days = runs.get(0).days().size();
        StringBuilder b = new StringBuilder(String.format("| ranking | keep rate days %d-%d | precision@20 days %d-%d | vs most reposters first |%n",
                from, days, from, days));
        b.append("|---|---|---|---|\n");
        for (Run r : runs) {
            b.append(String.format("| %s | %.3f | %.3f | %.2fx |%n", r.name(), r.keepRate(from), r.precisionAt20(from),
                    r.keepRate(from) / Math.max(1e-9, base.keepRate(from))));
        }
        return b.toString();
    }

    private static int intArg(String[] args, int i, int def) {
        return args.length > i ? Integer.parseInt(args[i]) : def;
    }
}
