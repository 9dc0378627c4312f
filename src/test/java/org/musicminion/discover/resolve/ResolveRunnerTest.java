package org.musicminion.discover.resolve;

import org.musicminion.discover.testing.FixedToken;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicminion.discover.http.AdaptiveRateLimiter;
import org.musicminion.discover.http.ApiClient;
import org.musicminion.discover.http.HttpClients;
import org.musicminion.discover.http.Pages;
import org.musicminion.discover.http.RetryPolicy;
import org.musicminion.discover.http.TokenSource;
import org.musicminion.discover.store.Database;
import org.musicminion.discover.store.ResolveAnswers;
import org.musicminion.discover.soundcloud.Urn;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;

class ResolveRunnerTest {
    private final MockWebServer server = new MockWebServer();
    private final List<ResolveResult> out = new CopyOnWriteArrayList<>();
    private FakeResolveServer fake;
    private Database db;
    private ResolveAnswers answers;

    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        server.close();
        if (db != null) db.close();
    }

    private ResolveRunner runner(Function<String, MockResponse> answer, int j, int retries) throws Exception {
        return runner(answer, j, retries, out::add);
    }

    private ResolveRunner runner(Function<String, MockResponse> answer, int j, int retries, Consumer<ResolveResult> sink)
            throws Exception {
        fake = new FakeResolveServer(answer);
        server.setDispatcher(fake);
        server.start();
        TokenSource tokens = FixedToken.of("tok");
        RetryPolicy policy = RetryPolicy.builder().maxRetries(retries).base(Duration.ofMillis(1)).random(() -> 0.5).build();
        ApiClient api = new ApiClient(HttpClients.create(Duration.ofSeconds(10)), server.url("/").toString(), policy,
                Clock.systemUTC(), d -> {}, Duration.ofSeconds(10), tokens, null,
                new AdaptiveRateLimiter(Clock.systemUTC(), d -> {}), Pages.Limits.DEFAULT);
        Resolver resolver = new Resolver(new org.musicminion.discover.soundcloud.SoundCloud(api), tokens,
                new LatencyTimeout(Duration.ofSeconds(1)));
        db = Database.openIn(dir);
        answers = new ResolveAnswers(db);
        return new ResolveRunner(resolver::resolve, answers, Clock.systemUTC(), new ResolveRunner.Settings(j, true, 64, 7), sink);
    }

    private static List<String> slugs(int n) {
        List<String> l = new ArrayList<>();
        for (int i = 0; i < n; i++) l.add("artist" + i + "/" + (i % 10 == 3 ? "gone" : "track") + i);
        return l;
    }

    @Test
    void neverHasMoreRequestsInFlightThanTheConcurrency() throws Exception {
        ResolveRunner r = runner(FakeResolveServer::tracks, 5, 2);
        fake.maxDelayMs = 15;
        ResolveSummary s = r.run(slugs(80).iterator());
        assertEquals(80, fake.requests.get());
        assertTrue(fake.maxInFlight.get() <= 5, "max in flight " + fake.maxInFlight.get());
        assertTrue(fake.maxInFlight.get() >= 2, "ran concurrently: " + fake.maxInFlight.get());
        assertEquals(72, s.resolved());
        assertEquals(8, s.notFound());
    }

    @Test
    void printsAnswersInInputOrderWhenTheyComeBackShuffled() throws Exception {
        ResolveRunner r = runner(FakeResolveServer::tracks, 8, 2);
        fake.maxDelayMs = 30;
        List<String> in = slugs(120);
        r.run(in.iterator());
        assertEquals(in, out.stream().map(ResolveResult::input).toList());
        for (ResolveResult res : out) {
            if (res.input().contains("gone")) assertEquals(ResolveResult.Status.NOT_FOUND, res.status());
            else assertEquals(FakeResolveServer.idOf(InputNormalizer.normalize(res.input()).url()), res.id());
        }
    }

    @Test
    void invalidAndBlankInputsAreAnsweredInvalidWithoutARequest() throws Exception {
        // the runner answers every input it is given, one line each; skipping blank stdin lines is InputLines' job
        ResolveRunner r = runner(FakeResolveServer::tracks, 4, 2);
        ResolveSummary s = r.run(List.of("https://example.com/x", "", "   ", "not a url", "https://soundcloud.com/").iterator());
        assertEquals(0, fake.requests.get());
        assertEquals(5, out.size());
        assertTrue(out.stream().allMatch(x -> x.status() == ResolveResult.Status.INVALID && x.attempts() == 0));
        assertEquals(5, s.invalid());
    }

    @Test
    void answersFromAnEarlierRunAreReusedWithoutARequest() throws Exception {
        ResolveRunner r = runner(FakeResolveServer::tracks, 4, 2);
        answers.saveAll(List.of(
                new ResolveAnswers.Answer("https://soundcloud.com/a/b", "resolved", "track", 5L, "soundcloud:tracks:5", 1L),
                new ResolveAnswers.Answer("https://soundcloud.com/a/gone", "not_found", null, null, null, 1L)));
        ResolveSummary s = r.run(List.of("https://m.soundcloud.com/a/b/?si=1", "a/gone").iterator());
        assertEquals(0, fake.requests.get());
        assertEquals(new ResolveResult("https://m.soundcloud.com/a/b/?si=1", ResolveResult.Status.RESOLVED, Urn.Kind.TRACK, 5L,
                "soundcloud:tracks:5", null, null, 0, true), out.get(0));
        assertEquals(new ResolveResult("a/gone", ResolveResult.Status.NOT_FOUND, null, null, null, null, null, 0, true), out.get(1));
        assertEquals(2, s.cached());
    }

    @Test
    void newAnswersAreSavedSoTheNextRunAsksNothing() throws Exception {
        ResolveRunner r = runner(FakeResolveServer::tracks, 4, 2);
        List<String> in = slugs(30);
        r.run(in.iterator());
        assertEquals(30, answers.count()); // resolved and not_found, saved in batches of 7 and the rest
        ResolveRunner again = new ResolveRunner(u -> { throw new AssertionError("no request expected"); }, answers,
                Clock.systemUTC(), ResolveRunner.Settings.of(4, true), out::add);
        out.clear();
        ResolveSummary s = again.run(in.iterator());
        assertEquals(30, s.cached());
        assertEquals(in, out.stream().map(ResolveResult::input).toList());
    }

    @Test
    void withoutCacheReadsRequestsGoOutWhileTheCacheOpensAndTheAnswersAreSavedOnceItIs() throws Exception {
        db = Database.openIn(dir);
        ResolveAnswers cache = new ResolveAnswers(db);
        CompletableFuture<ResolveAnswers> opening = new CompletableFuture<>();
        java.util.concurrent.atomic.AtomicInteger requests = new java.util.concurrent.atomic.AtomicInteger();
        Function<NormalizedInput, ResolveResult> resolver = n -> {
            if (requests.incrementAndGet() == 20) opening.complete(cache); // the database is ready late in the run
            return ResolveResult.notFound(n.input(), 1, false);
        };
        ResolveRunner r = new ResolveRunner(resolver, opening, Clock.systemUTC(), new ResolveRunner.Settings(3, false, 64, 7), out::add);

        ResolveSummary s = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> r.run(slugs(20).iterator()));

        assertEquals(20, requests.get());
        assertEquals(20, s.notFound());
        assertEquals(20, cache.count(), "every answer saved once the database was open");
    }

    @Test
    void withCacheReadsNothingIsAskedBeforeTheCacheIsOpenAndKeptAnswersAreNotAskedAgain() throws Exception {
        db = Database.openIn(dir);
        ResolveAnswers cache = new ResolveAnswers(db);
        cache.saveAll(List.of(new ResolveAnswers.Answer("https://soundcloud.com/a/kept", "resolved", "track", 7L,
                "soundcloud:tracks:7", 1L)));
        CompletableFuture<ResolveAnswers> opening = new CompletableFuture<>();
        List<Boolean> openWhenAsked = new CopyOnWriteArrayList<>();
        ResolveRunner r = new ResolveRunner(n -> {
            openWhenAsked.add(opening.isDone());
            return ResolveResult.notFound(n.input(), 1, false);
        }, opening, Clock.systemUTC(), new ResolveRunner.Settings(3, true, 64, 7), out::add);
        Thread opener = new Thread(() -> {
            try {
                Thread.sleep(200); // a slow database open
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            opening.complete(cache);
        });
        opener.start();

        ResolveSummary s = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> r.run(List.of("a/kept", "a/new1", "a/new2").iterator()));

        assertEquals(List.of(true, true), openWhenAsked);
        assertEquals(1, s.cached());
    }

    @Test
    void aCacheThatFailsToOpenStopsTheRunWithItsFailure() {
        CompletableFuture<ResolveAnswers> opening = new CompletableFuture<>();
        opening.completeExceptionally(org.musicminion.discover.ExitException.failed("the database is garbled"));
        ResolveRunner r = new ResolveRunner(n -> ResolveResult.notFound(n.input(), 1, false), opening, Clock.systemUTC(),
                new ResolveRunner.Settings(2, true, 64, 7), out::add);

        var e = assertThrows(org.musicminion.discover.ExitException.class,
                () -> assertTimeoutPreemptively(Duration.ofSeconds(20), () -> r.run(slugs(10).iterator())));
        assertEquals("the database is garbled", e.getMessage());
    }

    @Test
    void aUrlAnsweredAndPrintedEarlierInTheRunIsNotAskedAgain() throws Exception {
        ResolveRunner r = runner(FakeResolveServer::tracks, 4, 2);
        java.util.Iterator<String> in = new java.util.Iterator<>() {
            private int i;

            @Override
            public boolean hasNext() {
                return i < 2;
            }

            @Override
            public String next() {
                if (i == 1) { // hand out the duplicate only after the first answer was printed
                    long deadline = System.nanoTime() + 5_000_000_000L;
                    while (out.isEmpty() && System.nanoTime() < deadline) Thread.onSpinWait();
                }
                return i++ == 0 ? "a/b" : "https://soundcloud.com/a/b/";
            }
        };
        r.run(in);
        assertEquals(1, fake.requests.get());
        assertEquals(2, out.size());
        assertEquals(out.get(0).urn(), out.get(1).urn());
    }

    @Test
    void theSameUrlTwiceInARunIsAskedOnce() throws Exception {
        ResolveRunner r = runner(FakeResolveServer::tracks, 4, 2);
        fake.maxDelayMs = 20;
        r.run(List.of("a/b", "https://soundcloud.com/a/b", "c/d", "www.soundcloud.com/a/b/").iterator());
        assertEquals(2, fake.requests.get());
        assertEquals(4, out.size());
        assertEquals(out.get(0).urn(), out.get(3).urn());
    }

    @Test
    void aStuckReaderOfTheOutputHoldsBackOnlyThePrintingNotTheRequests() throws Exception {
        CountDownLatch readerBack = new CountDownLatch(1);
        ResolveRunner r = runner(FakeResolveServer::tracks, 4, 2, res -> {
            try {
                readerBack.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            out.add(res);
        });
        List<String> in = slugs(40);
        CompletableFuture<ResolveSummary> run = CompletableFuture.supplyAsync(() -> r.run(in.iterator()));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (fake.requests.get() < in.size() && System.nanoTime() < deadline) Thread.sleep(5);

        assertEquals(in.size(), fake.requests.get(), "every input was asked while the first answer could not be written");
        assertTrue(out.isEmpty());
        readerBack.countDown();
        ResolveSummary s = run.get(10, TimeUnit.SECONDS);
        assertEquals(in, out.stream().map(ResolveResult::input).toList());
        assertEquals(36, s.resolved());
        assertEquals(4, s.notFound());
    }

    @Test
    void aFailingWriterEndsTheRunWithItsErrorInsteadOfWaitingForever() throws Exception {
        ResolveRunner r = runner(FakeResolveServer::tracks, 4, 2, res -> {
            throw new IllegalStateException("cannot write JSON");
        });

        IllegalStateException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(IllegalStateException.class, () -> r.run(slugs(20).iterator())));

        assertEquals("cannot write JSON", e.getMessage());
        assertEquals(4, r.availablePermits());
    }

    @Test
    void allPermitsAreReturnedAfterFailures() throws Exception {
        ResolveRunner r = runner(u -> new MockResponse.Builder().code(503).build(), 4, 2);
        ResolveSummary s = r.run(slugs(20).iterator());
        assertEquals(20, s.failed());
        assertEquals(0, s.failedPermanent());
        assertEquals(60, fake.requests.get());
        assertTrue(out.stream().allMatch(x -> "server_error_503".equals(x.error()) && x.attempts() == 3));
        assertEquals(4, r.availablePermits());
        assertEquals(0, answers.count(), "failures are not cached");
    }

    @Test
    void allPermitsAreReturnedAfterCancellation() throws Exception {
        ResolveRunner r = runner(FakeResolveServer::tracks, 4, 2);
        CountDownLatch gate = new CountDownLatch(1);
        fake.gate = gate;
        CompletableFuture<ResolveSummary> run = CompletableFuture.supplyAsync(() -> r.run(slugs(50).iterator()));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (fake.requests.get() < 4 && System.nanoTime() < deadline) Thread.sleep(5);
        assertEquals(0, r.availablePermits());
        r.cancel();
        gate.countDown();
        ResolveSummary s = run.get(10, TimeUnit.SECONDS);
        assertTrue(s.interrupted());
        assertEquals(4, r.availablePermits());
        assertTrue(fake.requests.get() <= 8, "stopped early: " + fake.requests.get());
        assertFalse(out.size() > fake.requests.get());
    }
}
