package org.musicminion.discover.sync;

import org.musicminion.discover.ranking.DiscoveryRanker;

import org.musicminion.discover.Messages;
import org.musicminion.discover.soundcloud.SoundCloud;
import org.musicminion.discover.testing.FixedToken;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import org.musicminion.discover.Sleeper;
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

/**
 * The sync benchmark (not a test): the sandbox with {@code artists} followed artists × {@code perArtist}
 * reposts + likes from a pool of {@code pool} tracks and {@code latencyMs} per request; a full first
 * sync, then an incremental one. Prints requests (against the minimum), fetch time (against
 * 1.3 × requests × latency / concurrency) and merge time. Run by bench/sync-bench.sh.
 */
public final class SyncBench {
    public static void main(String[] args) throws Exception {
        int artists = intArg(args, 0, 200);
        int perArtist = intArg(args, 1, 1000);
        int pool = intArg(args, 2, 50_000);
        long latency = intArg(args, 3, 50);
        int concurrency = intArg(args, 4, 4);
        int pageSize = 200;
        SandboxOptions so = SandboxOptions.builder().artists(artists).perArtist(perArtist).pool(pool)
                .faults(Faults.NONE.withLatency(latency, 0).withTokenLifetimeSeconds(86_400)).build();
        Path dir = Files.createTempDirectory("sync-bench");
        try (SandboxServer sc = SandboxServer.start(so); Database db = Database.openIn(dir)) {
            String token = org.musicminion.discover.testing.SandboxLogin.userTokens(sc).accessToken();
            TokenSource tokens = FixedToken.of(token);
            ApiClient api = new ApiClient(HttpClients.create(Duration.ofSeconds(30)), sc.baseUrl(), RetryPolicy.builder().build(),
                    Clock.systemUTC(), Sleeper.SYSTEM, Duration.ofSeconds(30), tokens, null);
            Settings cfg = Settings.of(null, Map.of("sync.page_size", (long) pageSize, "sync.concurrency", (long) concurrency));
            Catalogue cat = sc.catalogue();
            long followings = pages(cat.followings().size(), pageSize);
            long lists = 0;
            for (Catalogue.User u : cat.followings()) {
                lists += pages(cat.repostsOf(u.urn()).size(), pageSize) + pages(cat.likesOf(u.urn()).size(), pageSize);
            }
            long judgments = pages(cat.userLikes().size(), pageSize) + pages(cat.playlists().size(), pageSize);
            for (String title : new String[] {Catalogue.NOT_INTERESTED, Catalogue.NOT_QUITE}) {
                judgments += cat.playlistByTitle(title).map(p -> pages(p.trackUrns().size(), pageSize)).orElse(0L);
            }
            System.out.printf("sandbox: %d artists x (%d reposts + %d likes), pool %d, latency %d ms; concurrency %d, page %d, -Xmx%dm%n",
                    artists, perArtist, perArtist, pool, latency, concurrency, pageSize, Runtime.getRuntime().maxMemory() >> 20);
            System.out.printf("minimal requests: followings %d + lists %d + judgments %d%n", followings, lists, judgments);
            run("first sync (full)", db, api, SyncOptions.builder(cfg).full(true).build(),
                    followings + lists + judgments, latency, concurrency);
            run("second sync (incremental, --all)", db, api, SyncOptions.builder(cfg).all(true).build(),
                    followings + 2L * artists + judgments, latency, concurrency);
        }
    }

    private static void run(String name, Database db, ApiClient api, SyncOptions o, long minimal, long latency, int concurrency) {
        Timing t = new Timing();
        long before = api.requestCount();
        long start = System.nanoTime();
        SyncSummary s = new Sync(db, new SoundCloud(api, o.pageSize()), o, PlaylistRanking.of(new DiscoveryRanker(o.rules())), Clock.systemUTC(), Messages.NONE, t).run();
        long end = System.nanoTime();
        long requests = api.requestCount() - before;
        long fetchRequests = requests; // every request is part of the fetch (reads before the one write)
        double fetchS = (t.merge - start) / 1e9;
        double bound = 1.3 * fetchRequests * latency / 1000.0 / concurrency;
        System.out.printf("%s: requests %d (minimal %d); fetch %.1f s (bound 1.3 x requests x latency / concurrency = %.1f s);"
                        + " merge %.2f s; total %.1f s; tracks_new %d, reposts %d, likes %d, judgments %s%n",
                name, requests, minimal, fetchS, bound, (end - t.merge) / 1e9, (end - start) / 1e9,
                s.tracksNew(), s.reposts(), s.likes(), s.judgments());
    }

    private static long pages(long items, int pageSize) {
        return Math.max(1, (items + pageSize - 1) / pageSize);
    }

    private static int intArg(String[] args, int i, int def) {
        return args.length > i ? Integer.parseInt(args[i]) : def;
    }

    private static final class Timing implements SyncProgress {
        volatile long merge;

        @Override
        public void step(String name) {
            if (name.equals("merge")) merge = System.nanoTime();
        }
    }
}
