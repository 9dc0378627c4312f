package org.musicminion.discover.sync;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Random;

import org.musicminion.discover.config.Config;
import org.musicminion.discover.http.ApiClient;
import org.musicminion.discover.http.HttpClients;
import org.musicminion.discover.http.RetryPolicy;
import org.musicminion.discover.store.Database;
import org.musicminion.discover.testing.SyncTestClients;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;

/**
 * The sync benchmark (not a test): a simulated SoundCloud with {@code artists} followed artists ×
 * {@code perArtist} reposts + likes from a pool of {@code pool} tracks, {@code latencyMs} per request;
 * a full first sync and an incremental second one; prints requests (against the minimum), fetch time
 * (against 1.3 × requests × latency / concurrency) and merge time. Run by bench/sync-bench.sh.
 */
public final class SyncBench {
    public static void main(String[] args) throws Exception {
        int artists = intArg(args, 0, 200);
        int perArtist = intArg(args, 1, 1000);
        int pool = intArg(args, 2, 50_000);
        long latency = intArg(args, 3, 50);
        int concurrency = intArg(args, 4, 4);
        int pageSize = 200;
        long[][] reposts = new long[artists][];
        long[][] likes = new long[artists][];
        Random rnd = new Random(42);
        for (int a = 0; a < artists; a++) {
            reposts[a] = rnd.longs(1, pool + 1).distinct().limit(perArtist).toArray();
            likes[a] = rnd.longs(1, pool + 1).distinct().limit(perArtist).toArray();
        }
        Dispatcher d = new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest r) throws InterruptedException {
                Thread.sleep(latency);
                HttpUrl url = r.getUrl();
                String p = java.net.URLDecoder.decode(url.encodedPath(), java.nio.charset.StandardCharsets.UTF_8);
                int limit = Integer.parseInt(url.queryParameter("limit"));
                int offset = url.queryParameter("offset") == null ? 0 : Integer.parseInt(url.queryParameter("offset"));
                StringBuilder sb = new StringBuilder("{\"collection\":[");
                int total;
                if (p.equals("/me/followings")) {
                    total = artists;
                    for (int i = offset; i < Math.min(total, offset + limit); i++) {
                        if (i > offset) sb.append(',');
                        sb.append("{\"kind\":\"user\",\"id\":").append(i + 1).append(",\"urn\":\"soundcloud:users:").append(i + 1)
                                .append("\",\"username\":\"artist").append(i + 1).append("\"}");
                    }
                } else if (p.startsWith("/users/")) {
                    int a = Integer.parseInt(p.substring("/users/soundcloud:users:".length(), p.indexOf('/', 7))) - 1;
                    long[] ids = p.endsWith("reposts/tracks") ? reposts[a] : likes[a];
                    total = ids.length;
                    for (int i = offset; i < Math.min(total, offset + limit); i++) {
                        if (i > offset) sb.append(',');
                        long id = ids[i];
                        sb.append("{\"kind\":\"track\",\"id\":").append(id).append(",\"urn\":\"soundcloud:tracks:").append(id)
                                .append("\",\"title\":\"Track ").append(id).append("\",\"duration\":").append(200_000 + id)
                                .append(",\"permalink_url\":\"https://soundcloud.com/u/t-").append(id)
                                .append("\",\"user\":{\"id\":").append(900_000 + id % 5000).append(",\"username\":\"up")
                                .append(id % 5000).append("\"}}");
                    }
                } else {
                    total = 0; // the user's likes and playlists: empty in this benchmark
                }
                sb.append("],\"next_href\":");
                if (offset + limit < total) {
                    sb.append('"').append(url.newBuilder().setQueryParameter("offset", Integer.toString(offset + limit))).append('"');
                } else {
                    sb.append("null");
                }
                return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(sb.append('}').toString()).build();
            }
        };
        Path dir = Files.createTempDirectory("sync-bench");
        try (MockWebServer server = new MockWebServer(); Database db = Database.openIn(dir)) {
            server.setDispatcher(d);
            server.start();
            ApiClient api = new ApiClient(HttpClients.create(Duration.ofSeconds(30)), server.url("/").toString(),
                    RetryPolicy.builder().build(), Clock.systemUTC(), org.musicminion.discover.Sleeper.SYSTEM,
                    Duration.ofSeconds(30), SyncTestClients.TOKENS, null);
            Config cfg = Config.defaults().with(Map.of("sync.page_size", (long) pageSize, "sync.concurrency", (long) concurrency));
            long listPages = 0;
            for (int a = 0; a < artists; a++) listPages += pages(reposts[a].length, pageSize) + pages(likes[a].length, pageSize);
            long minimal = pages(artists, pageSize) + listPages + 3; // + /me/likes/tracks, /me/playlists (1 page each; no judgment playlists)
            System.out.printf("catalogue: %d artists x (%d reposts + %d likes), pool %d, latency %d ms, concurrency %d, -Xmx %d MB%n",
                    artists, perArtist, perArtist, pool, latency, concurrency, Runtime.getRuntime().maxMemory() >> 20);
            run("first sync (full)", db, api, SyncOptions.from(cfg, true, false, false, false), minimal - 1, latency, concurrency);
            run("second sync (incremental)", db, api, SyncOptions.from(cfg, false, false, false, false),
                    pages(artists, pageSize) + 2L * artists + 2, latency, concurrency);
        }
    }

    private static void run(String name, Database db, ApiClient api, SyncOptions o, long minimal, long latency, int concurrency) {
        Timing t = new Timing();
        long before = api.requestCount();
        long start = System.nanoTime();
        SyncSummary s = new Sync(db, api, o, Clock.systemUTC(), System.err::println, m -> {}, t).run();
        long end = System.nanoTime();
        long requests = api.requestCount() - before;
        double fetchS = (t.judgments - start) / 1e9;
        double bound = 1.3 * requests * latency / 1000.0 / concurrency;
        System.out.printf("%s: requests %d (minimal %d), fetch %.1f s (bound 1.3 x requests x latency / concurrency = %.1f s),"
                        + " merge %.2f s, total %.1f s; tracks_new %d, reposts %d, likes %d%n",
                name, requests, minimal, fetchS, bound, (end - t.merge) / 1e9, (end - start) / 1e9,
                s.tracks_new(), s.reposts(), s.likes());
    }

    private static long pages(long items, int pageSize) {
        return Math.max(1, (items + pageSize - 1) / pageSize);
    }

    private static int intArg(String[] args, int i, int def) {
        return args.length > i ? Integer.parseInt(args[i]) : def;
    }

    private static final class Timing implements SyncProgress {
        volatile long judgments;
        volatile long merge;

        @Override
        public void step(String name) {
            if (name.equals("judgments")) judgments = System.nanoTime();
            if (name.equals("merge")) merge = System.nanoTime();
        }
    }
}
