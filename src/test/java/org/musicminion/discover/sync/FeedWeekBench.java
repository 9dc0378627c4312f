package org.musicminion.discover.sync;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.musicminion.discover.Messages;
import org.musicminion.discover.config.Settings;
import org.musicminion.discover.http.ApiClient;
import org.musicminion.discover.http.HttpClients;
import org.musicminion.discover.http.RetryPolicy;
import org.musicminion.discover.sandbox.Catalogue;
import org.musicminion.discover.sandbox.Faults;
import org.musicminion.discover.sandbox.FeedSpec;
import org.musicminion.discover.sandbox.SandboxOptions;
import org.musicminion.discover.sandbox.SandboxServer;
import org.musicminion.discover.store.Database;
import org.musicminion.discover.testing.FixedToken;
import org.musicminion.discover.testing.ManualClock;
import org.musicminion.discover.testing.SandboxLogin;

/**
 * The feed benchmark (not a test): a simulated week of hourly syncs against the sandbox, today's
 * adaptive sweep ({@code sync.feed = false}) against feed + sweep (the defaults), side by side in one
 * run on identical sandboxes, posts and clock. Between two syncs each artist reposts a track with
 * probability {@code activeShare} per day, at a random second of the hour; the sandbox's stream thins
 * prolific accounts as {@link FeedSpec#DEFAULT} says. After the week of posts the syncs go on for
 * {@code tailHours} more hours without new posts, so every post of the week has 7 days to be indexed.
 * Prints, per mode: the share of posts indexed within 1 h, 24 h and 7 days of happening (all posts,
 * and those the stream carries / thinned away), requests per hour (median, max) and in the week of
 * posts, and the requests of a sync when nobody is due. Run by bench/feed-week-bench.sh; arguments: artists, hours,
 * active share, tail hours, concurrency, sync.sweep_interval_hours, and "feed-only" to skip the adaptive week.
 */
public final class FeedWeekBench {
    private static final Instant START = Instant.parse("2026-11-02T00:00:00Z");

    /** One repost the bench made: who, what, when, whether the stream carries it, and when a sync first had it (-1: not yet). */
    private static final class Post {
        final String artist;
        final String track;
        final long at;
        final boolean carried;
        long indexedAt = -1;

        Post(String artist, String track, long at, boolean carried) {
            this.artist = artist;
            this.track = track;
            this.at = at;
            this.carried = carried;
        }
    }

    private record Week(String name, List<Post> posts, long[] requests, long idleSync, long firstRun) {}

    public static void main(String[] args) throws Exception {
        int artists = intArg(args, 0, 2000);
        int hours = intArg(args, 1, 168);
        double activeShare = args.length > 2 ? Double.parseDouble(args[2]) : 0.10;
        int tailHours = intArg(args, 3, 168);
        int concurrency = intArg(args, 4, 8);
        int sweepHours = intArg(args, 5, 24);
        boolean withAdaptive = args.length <= 6 || !args[6].equals("feed-only");
        FeedSpec feed = FeedSpec.DEFAULT;
        System.out.printf("feed week bench: %d artists x 20 reposts + 20 likes, %d hourly syncs with posts, then %d without;"
                        + " %.0f %% of artists repost one track a day; stream: %.0f %% of artists prolific, %.0f %% of their reposts"
                        + " carried; sync.concurrency %d, page 200, min_interval_hours 6, max_interval_days 30,"
                        + " sweep_interval_hours %d, feed_overlap_minutes 60%n",
                artists, hours, tailHours, activeShare * 100, feed.prolificShare() * 100, feed.prolificRepostKeep() * 100, concurrency,
                sweepHours);
        Week adaptive = withAdaptive ? week("adaptive", false, artists, hours, tailHours, activeShare, concurrency, feed, sweepHours) : null;
        Week withFeed = week("feed+sweep", true, artists, hours, tailHours, activeShare, concurrency, feed, sweepHours);
        System.out.println();
        System.out.println("| mode | posts | indexed within 1 h | within 24 h | within 7 d | stream-carried within 1 h | thinned within 25 h"
                + " | requests/hour median | max (after the first run) | requests in the week (first run included) | sync with nobody due |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
        if (adaptive != null) row(adaptive, hours);
        row(withFeed, hours);
    }

    private static Week week(String name, boolean feedOn, int artists, int hours, int tailHours, double activeShare, int concurrency,
                             FeedSpec feed, int sweepHours) throws Exception {
        ManualClock clock = new ManualClock(START);
        SandboxOptions so = SandboxOptions.builder().artists(artists).perArtist(20).pool(50_000).clock(clock).feed(feed)
                .faults(Faults.NONE.withTokenLifetimeSeconds(86_400 * 60)).build();
        Path dir = Files.createTempDirectory("feed-week-bench");
        long[] requests = new long[hours + tailHours];
        List<Post> posts = new ArrayList<>();
        long wall = System.nanoTime();
        long idle;
        try (SandboxServer sc = SandboxServer.start(so); Database db = Database.openIn(dir)) {
            ApiClient api = new ApiClient(HttpClients.create(Duration.ofSeconds(30)), sc.baseUrl(), RetryPolicy.builder().build(),
                    clock, d -> {}, Duration.ofSeconds(30), FixedToken.of(SandboxLogin.userTokens(sc).accessToken()), null);
            Settings cfg = Settings.of(null, Map.of("sync.concurrency", (long) concurrency, "sync.feed", feedOn,
                    "sync.sweep_interval_hours", (long) sweepHours));
            SyncOptions options = SyncOptions.builder(cfg).build();
            Catalogue cat = sc.catalogue();
            List<String> live = new ArrayList<>();
            for (Catalogue.Track t : cat.tracks()) if (!t.deleted()) live.add(t.urn());
            SplittableRandom rnd = new SplittableRandom(42); // the same posts in both modes
            double perHour = activeShare / 24;
            List<Post> pending = new ArrayList<>();
            for (int h = 0; h < hours + tailHours; h++) {
                if (h > 0) {
                    if (h < hours) {
                        long hourStart = clock.millis();
                        List<Post> hour = new ArrayList<>();
                        for (Catalogue.User a : cat.followings()) {
                            if (rnd.nextDouble() >= perHour) continue;
                            String t;
                            do {
                                t = live.get(rnd.nextInt(live.size()));
                            } while (cat.repostsOf(a.urn()).contains(t));
                            hour.add(new Post(a.urn(), t, hourStart + 1000L * rnd.nextInt(3600), cat.feedCarries(a.urn(), t)));
                        }
                        hour.sort((x, y) -> Long.compare(x.at, y.at));
                        for (Post p : hour) cat.addRepost(p.artist, p.track, Instant.ofEpochMilli(p.at));
                        posts.addAll(hour);
                        pending.addAll(hour);
                    }
                    clock.advance(Duration.ofHours(1));
                }
                long before = api.requestCount();
                SyncSummary s = sync(db, api, options, clock);
                requests[h] = api.requestCount() - before;
                long now = clock.millis();
                markIndexed(db, pending, now);
                if (h % 24 == 0 || h == hours - 1) {
                    System.out.printf("%-10s hour %3d: requests %5d, artists due %4d fetched %4d, feed %s, posts so far %d, not yet indexed %d%n",
                            name, h, requests[h], s.artistsDue(), s.artistsFetched(),
                            s.feed() == null ? "-" : s.feed().pages() + " pages/" + s.feed().reposts() + " new reposts", posts.size(), pending.size());
                }
            }
            // a sync right after the last one: nobody is due for a sweep
            long before = api.requestCount();
            SyncSummary s = sync(db, api, options, clock);
            idle = api.requestCount() - before;
            if (s.artistsFetched() != 0) throw new IllegalStateException("the idle sync swept " + s.artistsFetched() + " artists");
        }
        System.out.printf("%s: %d runs in %.0f s%n", name, hours + tailHours, (System.nanoTime() - wall) / 1e9);
        return new Week(name, posts, requests, idle, requests[0]);
    }

    private static SyncSummary sync(Database db, ApiClient api, SyncOptions options, ManualClock clock) {
        return TestSyncs.of(db, api, options, clock, Messages.NONE).run();
    }

    /** Marks the pending posts the index now has (a repost link from their artist) as indexed at {@code now}. */
    private static void markIndexed(Database db, List<Post> pending, long now) {
        db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT 1 FROM track_sources WHERE track_urn = ? AND artist_urn = ? AND kind = 'repost'")) {
                for (Iterator<Post> it = pending.iterator(); it.hasNext(); ) {
                    Post p = it.next();
                    ps.setString(1, p.track);
                    ps.setString(2, p.artist);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            p.indexedAt = now;
                            it.remove();
                        }
                    }
                }
            }
            return null;
        });
    }

    private static void row(Week w, int hours) {
        long[] after = Arrays.copyOfRange(w.requests(), 1, hours);
        long[] sorted = after.clone();
        Arrays.sort(sorted);
        long week = 0;
        for (int h = 0; h < hours; h++) week += w.requests()[h];
        System.out.printf("| %s | %d | %s | %s | %s | %s | %s | %d | %d | %d | %d |%n", w.name(), w.posts().size(),
                share(w.posts(), 3_600_000L, null), share(w.posts(), 86_400_000L, null), share(w.posts(), 7 * 86_400_000L, null),
                share(w.posts(), 3_600_000L, true), share(w.posts(), 25 * 3_600_000L, false),
                sorted.length == 0 ? 0 : sorted[sorted.length / 2], sorted.length == 0 ? 0 : sorted[sorted.length - 1], week, w.idleSync());
    }

    /** The share of posts (all, or only those the stream carries / thins) indexed within {@code ms} of happening. */
    private static String share(List<Post> posts, long ms, Boolean carried) {
        int n = 0;
        int in = 0;
        for (Post p : posts) {
            if (carried != null && p.carried != carried) continue;
            n++;
            if (p.indexedAt >= 0 && p.indexedAt - p.at <= ms) in++;
        }
        return n == 0 ? "-" : String.format("%.1f %% (%d/%d)", 100.0 * in / n, in, n);
    }

    private static int intArg(String[] args, int i, int def) {
        return args.length > i ? Integer.parseInt(args[i]) : def;
    }
}
