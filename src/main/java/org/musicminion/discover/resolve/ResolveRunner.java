package org.musicminion.discover.resolve;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;

import org.musicminion.discover.ExitException;
import org.musicminion.discover.soundcloud.Urn;
import org.musicminion.discover.store.ResolveAnswers;

/**
 * Runs a stream of inputs through a {@link Resolver}: at most {@code concurrency} requests in flight
 * (a {@link Semaphore} held around each request and always given back, also on failure and
 * cancellation) on a fixed pool of as many threads, answers written to the sink in input order as soon as they and all before them are
 * known, a bounded window of pending inputs (so 100 000 lines need little memory), cached answers
 * reused without a request, and new answers saved in batches. The calling thread reads the inputs
 * and is the only one that touches the database. The cache may still be opening when the run starts: without
 * cache reads (--no-cache) requests go out at once and the answers are saved once it is open; with them, the
 * first lookup waits for it.
 */
public final class ResolveRunner {
    /** Run settings: concurrency (1..256), whether cached answers are reused, pending window, save batch. */
    public record Settings(int concurrency, boolean readCache, int window, int saveBatch) {
        public Settings {
            if (concurrency < 1) throw new IllegalArgumentException("concurrency must be >= 1");
            if (window < concurrency) throw new IllegalArgumentException("window must be >= concurrency");
            if (saveBatch < 1) throw new IllegalArgumentException("saveBatch must be >= 1");
        }

        public static Settings of(int concurrency, boolean readCache) {
            return new Settings(concurrency, readCache, Math.max(4096, concurrency * 64), 500);
        }
    }

    private final Function<NormalizedInput, ResolveResult> resolver;
    private final CompletableFuture<ResolveAnswers> answers; // the cache once its database is open (null: none)
    private final Clock clock;
    private final Settings settings;
    private final Semaphore permits;
    private final ExecutorService pool; // as many threads as permits; queued inputs wait in its queue
    private final OrderedAnswers out;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicReference<Throwable> fatal = new AtomicReference<>();
    private volatile Thread runner;
    private final CountDownLatch saved = new CountDownLatch(1);

    public ResolveRunner(Function<NormalizedInput, ResolveResult> resolver, ResolveAnswers answers, Clock clock,
                         Settings settings, Consumer<ResolveResult> sink) {
        this(resolver, CompletableFuture.completedFuture(answers), clock, settings, sink);
    }

    /**
     * A runner whose answer cache is still opening: {@code answers} completes with it (or null for none, or
     * exceptionally, which stops the run with that failure).
     */
    public ResolveRunner(Function<NormalizedInput, ResolveResult> resolver, CompletableFuture<ResolveAnswers> answers,
                         Clock clock, Settings settings, Consumer<ResolveResult> sink) {
        this.resolver = resolver;
        this.answers = answers;
        this.clock = clock;
        this.settings = settings;
        this.out = new OrderedAnswers(settings.window(), sink, clock, this::stopped, this::fail);
        this.permits = new Semaphore(settings.concurrency());
        AtomicInteger n = new AtomicInteger();
        java.util.concurrent.ThreadPoolExecutor workers = (java.util.concurrent.ThreadPoolExecutor)
                Executors.newFixedThreadPool(settings.concurrency(), r -> {
                    Thread t = new Thread(r, "resolve-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        workers.prestartAllCoreThreads(); // every worker waits for work before the first input (the last ones started ~55 ms late)
        this.pool = workers;
    }

    /** Free request slots (equals the concurrency when nothing is in flight). */
    public int availablePermits() {
        return permits.availablePermits();
    }

    /** Stops reading inputs and abandons what has not been answered; {@link #run} then returns early. */
    public void cancel() {
        cancelled.set(true);
        Thread t = runner;
        if (t != null) t.interrupt();
    }

    /**
     * Waits up to {@code max} until every answer printed so far is saved after a {@link #cancel}
     * (or the run ended): a shutdown hook calls this before the JVM exits.
     */
    public boolean awaitSaved(Duration max) throws InterruptedException {
        return saved.await(max.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Resolves every input of {@code inputs} (a blank one is answered invalid) and returns the counts. Throws the first
     * {@link ExitException} a worker raised (e.g. exit 4 when the token is refused).
     */
    public ResolveSummary run(Iterator<String> inputs) {
        runner = Thread.currentThread();
        Instant started = clock.instant();
        out.startPrinter();
        try {
            while (!stopped() && inputs.hasNext()) {
                String line = inputs.next();
                submit(InputNormalizer.normalize(line == null ? "" : line.strip()));
                saveIfDue(settings.saveBatch());
            }
            while (!out.awaitPrinted(Duration.ofMillis(100))) saveIfDue(settings.saveBatch());
        } catch (InterruptedException e) {
            cancelled.set(true);
        } finally {
            if (stopped()) { // nothing is printed after a stop: save what was printed before waiting for the workers
                out.close();
                saveIfDue(1);
                saved.countDown();
            }
            shutdown();
            out.close();
            saveIfDue(1);
            runner = null;
            saved.countDown();
            Thread.interrupted(); // a cancel() that came late must not leak into the caller
        }
        Throwable t = fatal.get();
        if (t instanceof ExitException e) throw e;
        if (t instanceof RuntimeException e) throw e;
        if (t instanceof Error e) throw e;
        if (t != null) throw new IllegalStateException(t);
        return out.summary(Duration.between(started, clock.instant()), cancelled.get());
    }

    private boolean stopped() {
        return cancelled.get() || fatal.get() != null;
    }

    /** A worker's answer failed with an exception (or the sink failed): the run stops with it. */
    private void fail(Throwable t) {
        fatal.compareAndSet(null, t);
        cancel();
    }

    private void submit(NormalizedInput in) throws InterruptedException {
        if (!out.awaitRoom()) throw new InterruptedException("cancelled");
        if (!in.valid()) {
            out.addKnown(in, ResolveResult.invalid(in.input()));
            return;
        }
        if (settings.readCache() && !in.shortLink()) { // an answer kept from an earlier run is never asked again
            ResolveAnswers cache = cache();
            Optional<ResolveAnswers.Answer> hit = cache == null ? Optional.empty() : cache.find(in.url());
            if (hit.isPresent()) {
                out.addKnown(in, fromCache(in.input(), hit.get()));
                return;
            }
        }
        if (out.addDuplicate(in)) return; // asked (or answered) earlier in this run: one request answers both
        CompletableFuture<ResolveResult> f = new CompletableFuture<>();
        out.addRequest(in, f);
        f.whenComplete((r, ex) -> {
            if (ex != null && !cancelled.get() && !(ex instanceof java.util.concurrent.CancellationException)) {
                fail(ex instanceof CompletionException && ex.getCause() != null ? ex.getCause() : ex);
            }
            out.wake();
        });
        try {
            pool.execute(new Task(in, f));
        } catch (RejectedExecutionException e) {
            f.cancel(false);
        }
    }

    /** Saves collected answers when at least {@code min} are waiting (runs on the calling thread only). */
    private void saveIfDue(int min) {
        if (min > 1 && !answers.isDone()) return; // still opening: the next turn saves
        ResolveAnswers cache = cache();
        if (cache == null) return;
        List<ResolveAnswers.Answer> batch = out.takeToSave(min);
        if (!batch.isEmpty()) cache.saveAll(batch);
    }

    /** The cache, waiting for its database to open; null when there is none or it failed to open (the run then stops). */
    private ResolveAnswers cache() {
        try {
            return answers.join();
        } catch (CompletionException | java.util.concurrent.CancellationException e) {
            fail(e.getCause() != null ? e.getCause() : e);
            return null;
        }
    }

    /** Stops the pool; tasks that never started give their permits back and complete as cancelled. */
    private void shutdown() {
        if (stopped()) {
            for (Runnable r : pool.shutdownNow()) if (r instanceof Task t) t.abandon();
        } else {
            pool.shutdown();
        }
        Thread.interrupted(); // a cancel() interrupts this thread; the workers must still be waited for
        try {
            if (!pool.awaitTermination(30, TimeUnit.SECONDS)) pool.shutdownNow();
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
        out.cancelQueued();
    }

    private static ResolveResult fromCache(String input, ResolveAnswers.Answer a) {
        if (a.status().equals(ResolveResult.Status.NOT_FOUND.word())) return ResolveResult.notFound(input, 0, true);
        return new ResolveResult(input, ResolveResult.Status.RESOLVED, Urn.Kind.ofWord(a.kind()), a.id(), a.urn(), null, null, 0, true);
    }

    /**
     * The work of one input: take a request slot, resolve, complete the future, give the slot back.
     * Workers take the next queued input themselves, so no thread hand-off sits between two requests.
     */
    private final class Task implements Runnable {
        private final NormalizedInput in;
        private final CompletableFuture<ResolveResult> future;

        Task(NormalizedInput in, CompletableFuture<ResolveResult> future) {
            this.in = in;
            this.future = future;
        }

        @Override
        public void run() {
            if (stopped() || future.isDone()) {
                future.cancel(false);
                return;
            }
            try {
                permits.acquire();
            } catch (InterruptedException e) {
                future.cancel(false);
                return;
            }
            try {
                future.complete(resolver.apply(in));
            } catch (Throwable t) {
                future.completeExceptionally(t);
            } finally {
                permits.release();
            }
        }

        void abandon() {
            future.cancel(false);
        }
    }
}
