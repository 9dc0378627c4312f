package org.musicminion.discover.sync;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.musicminion.discover.Messages;
import org.musicminion.discover.config.Settings;
import org.musicminion.discover.http.ApiClient;
import org.musicminion.discover.http.HttpClients;
import org.musicminion.discover.http.RetryPolicy;
import org.musicminion.discover.http.TokenSource;
import org.musicminion.discover.sandbox.Catalogue;
import org.musicminion.discover.sandbox.Faults;
import org.musicminion.discover.sandbox.SandboxOptions;
import org.musicminion.discover.sandbox.SandboxServer;
import org.musicminion.discover.store.Database;
import org.musicminion.discover.testing.FixedToken;
import org.musicminion.discover.testing.ManualClock;

/**
 * The adaptive-interval benchmark (not a test): a simulated week of hourly syncs against the sandbox
 * with {@code artists} followed artists, a clock advanced one hour per run, and between runs each
 * artist posting one new repost with probability {@code activeShare} per day. Runs the week twice on
 * identical sandboxes and mutations: {@code sync --all} every hour, then plain (adaptive) {@code sync};
 * prints requests per run. Run by bench/discovery-week-bench.sh.
 */
public final class WeekBench {
    public static void main(String[] args) throws Exception {
        int artists = intArg(args, 0, 2000);
        int hours = intArg(args, 1, 168);
        double activeShare = args.length > 2 ? Double.parseDouble(args[2]) : 0.10;
        int perArtist = intArg(args, 3, 20);
        int concurrency = intArg(args, 4, 8);
        System.out.printf("week bench: %d artists x (%d reposts + %d likes), %d hourly runs, %.0f %% of artists post one repost a day,"
                + " sync.concurrency %d, page 200, min_interval_hours 6, max_interval_days 30%n",
                artists, perArtist, perArtist, hours, activeShare * 100, concurrency);
        long[] all = week(true, artists, hours, activeShare, perArtist, concurrency);
        long[] adaptive = week(false, artists, hours, activeShare, perArtist, concurrency);
        int steadyFrom = Math.min(hours - 1, hours * 4 / 7); // the last 3/7 of the run (day 5-7 of a week)
        System.out.println();
        System.out.println("| mode | first run | runs 2.." + hours + " total | mean per run (runs 2.." + hours + ") | mean per run (hours "
                + steadyFrom + ".." + (hours - 1) + ") | max per run after the first |");
        System.out.println("|---|---|---|---|---|---|");
        row("fetch all (--all)", all, steadyFrom);
        row("adaptive", adaptive, steadyFrom);
        System.out.printf("%nsteady state: %.1fx fewer requests (hours %d..%d); whole week after the first run: %.1fx%n",
                mean(all, steadyFrom) / mean(adaptive, steadyFrom), steadyFrom, hours - 1, mean(all, 1) / mean(adaptive, 1));
    }

    private static long[] week(boolean fetchAll, int artists, int hours, double activeShare, int perArtist, int concurrency) throws Exception {
        SandboxOptions so = SandboxOptions.builder().artists(artists).perArtist(perArtist).pool(50_000)
                .faults(Faults.NONE.withTokenLifetimeSeconds(86_400 * 30)).build();
        Path dir = Files.createTempDirectory("week-bench");
        ManualClock clock = new ManualClock(Instant.parse("2026-11-02T00:00:00Z"));
        long[] requests = new long[hours];
        long wall = System.nanoTime();
        try (SandboxServer sc = SandboxServer.start(so); Database db = Database.openIn(dir)) {
            String token = org.musicminion.discover.testing.SandboxLogin.userTokens(sc).accessToken();
            TokenSource tokens = FixedToken.of(token);
            ApiClient api = new ApiClient(HttpClients.create(Duration.ofSeconds(30)), sc.baseUrl(), RetryPolicy.builder().build(),
                    clock, d -> {}, Duration.ofSeconds(30), tokens, null);
            // the adaptive sweep as documented before the stream (FeedWeekBench measures feed + sweep)
            Settings cfg = Settings.of(null, Map.of("sync.concurrency", (long) concurrency, "sync.feed", false));
            SyncOptions options = SyncOptions.builder(cfg).all(fetchAll).build();
            Catalogue cat = sc.catalogue();
            List<String> live = new ArrayList<>();
            for (Catalogue.Track t : cat.tracks()) if (!t.deleted()) live.add(t.urn());
            SplittableRandom rnd = new SplittableRandom(42); // the same posts in both modes
            double perHour = activeShare / 24;
            int posts = 0;
            for (int h = 0; h < hours; h++) {
                if (h > 0) {
                    for (Catalogue.User a : cat.followings()) {
                        if (rnd.nextDouble() >= perHour) continue;
                        while (!cat.addRepost(a.urn(), live.get(rnd.nextInt(live.size())))) { /* already reposted: draw again */ }
                        posts++;
                    }
                    clock.advance(Duration.ofHours(1));
                }
                long before = api.requestCount();
                SyncSummary s = TestSyncs.of(db, api, options, clock, Messages.NONE).run();
                requests[h] = api.requestCount() - before;
                if (h % 24 == 0 || h == hours - 1) {
                    System.out.printf("%s hour %3d: requests %5d, artists due %4d fetched %4d, new tracks %4d, posts so far %d%n",
                            fetchAll ? "all     " : "adaptive", h, requests[h], s.artistsDue(), s.artistsFetched(), s.tracksNew(), posts);
                }
            }
        }
        System.out.printf("%s: %d runs in %.0f s%n", fetchAll ? "all" : "adaptive", hours, (System.nanoTime() - wall) / 1e9);
        return requests;
    }

    private static void row(String name, long[] r, int steadyFrom) {
        long rest = 0;
        long max = 0;
        for (int i = 1; i < r.length; i++) {
            rest += r[i];
            max = Math.max(max, r[i]);
        }
        System.out.printf("| %s | %d | %d | %.1f | %.1f | %d |%n", name, r[0], rest, mean(r, 1), mean(r, steadyFrom), max);
    }

    private static double mean(long[] r, int from) {
        long sum = 0;
        for (int i = from; i < r.length; i++) sum += r[i];
        return (double) sum / Math.max(1, r.length - from);
    }

    private static int intArg(String[] args, int i, int def) {
        return args.length > i ? Integer.parseInt(args[i]) : def;
    }
}
