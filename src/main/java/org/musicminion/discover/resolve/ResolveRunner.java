package org.musicminion.discover.resolve;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
import org.musicminion.discover.store.ResolveAnswers;

/**
 * Runs a stream of inputs through a {@link Resolver}: at most {@code concurrency} requests in flight
 * (a {@link Semaphore} held around each request and always given back, also on failure and
 * cancellation) on a fixed pool of as many threads, answers written to the sink in input order as soon as they and all before them are
 * known, a bounded window of pending inputs (so 100 000 lines need little memory), cached answers
 * reused without a request, and new answers saved in batches. The calling thread reads the inputs
 * and is the only one that touches the database.
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
    private final ResolveAnswers answers;
    private final Clock clock;
    private final Settings settings;
    private final Consumer<ResolveResult> sink;
    private final Semaphore permits;
    private final ExecutorService pool; // as many threads as permits; queued inputs wait in its queue

    private final Object lock = new Object();
    private final ArrayDeque<Pending> pending = new ArrayDeque<>();
    private final Map<String, Pending> inFlightByUrl = new HashMap<>();
    /** Answers already printed in this run, by URL (bounded), so a later duplicate asks nothing either. */
    private final Map<String, ResolveResult> answeredByUrl = new java.util.LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ResolveResult> eldest) {
            return size() > settings.window();
        }
    };
    private List<ResolveAnswers.Answer> toSave = new ArrayList<>();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicReference<Throwable> fatal = new AtomicReference<>();
    private volatile Thread runner;
    private Thread printer;
    private int printing; // answers the printer has taken off the queue and not yet written
    private boolean inputsDone; // set when the run ends: the printer exits once the queue is empty
    private final java.util.concurrent.CountDownLatch saved = new java.util.concurrent.CountDownLatch(1);
    private long resolved, notFound, failed, failedPermanent, invalid, cached;

    public ResolveRunner(Function<NormalizedInput, ResolveResult> resolver, ResolveAnswers answers, Clock clock,
                         Settings settings, Consumer<ResolveResult> sink) {
        this.resolver = resolver;
        this.answers = answers;
        this.clock = clock;
        this.settings = settings;
        this.sink = sink;
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
     * Resolves every non-blank line of {@code inputs} and returns the counts. Throws the first
     * {@link ExitException} a worker raised (e.g. exit 4 when the token is refused).
     */
    public ResolveSummary run(Iterator<String> inputs) {
        runner = Thread.currentThread();
        Instant started = clock.instant();
        printer = new Thread(this::printLoop, "resolve-output");
        printer.setDaemon(true);
        printer.start();
        try {
            while (!stopped() && inputs.hasNext()) {
                String line = inputs.next();
                if (line == null || line.isBlank()) continue;
                submit(InputNormalizer.normalize(line.strip()));
                saveIfDue(settings.saveBatch());
            }
            awaitAll();
        } catch (InterruptedException e) {
            cancelled.set(true);
        } finally {
            if (stopped()) { // nothing is printed after a stop: save what was printed before waiting for the workers
                stopPrinter();
                saveIfDue(1);
                saved.countDown();
            }
            shutdown();
            stopPrinter();
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
        synchronized (lock) {
            return new ResolveSummary(resolved, notFound, failed, failedPermanent, invalid, cached,
                    Duration.between(started, clock.instant()), cancelled.get());
        }
    }

    private boolean stopped() {
        return cancelled.get() || fatal.get() != null;
    }

    private void submit(NormalizedInput in) throws InterruptedException {
        awaitWindow();
        if (!in.valid()) {
            enqueue(new Pending(in, CompletableFuture.completedFuture(ResolveResult.invalid(in.input()))));
            return;
        }
        if (settings.readCache() && answers != null && !in.shortLink()) {
            Optional<ResolveAnswers.Answer> hit = answers.find(in.url());
            if (hit.isPresent()) {
                enqueue(new Pending(in, CompletableFuture.completedFuture(fromCache(in.input(), hit.get()))));
                return;
            }
        }
        ResolveResult known;
        synchronized (lock) {
            known = answeredByUrl.get(in.url());
        }
        if (known != null) { // answered earlier in this run (and already printed): no second request
            Pending dup = new Pending(in, CompletableFuture.completedFuture(copyFor(in.input(), known)));
            dup.duplicate = true;
            enqueue(dup);
            return;
        }
        synchronized (lock) {
            Pending same = inFlightByUrl.get(in.url());
            if (same != null) { // the same URL twice in the window: one request answers both
                Pending dup = new Pending(in, same.future.thenApply(r -> copyFor(in.input(), r)));
                dup.duplicate = true;
                enqueueLocked(dup);
                dup.future.whenComplete((r, ex) -> signal());
                return;
            }
        }
        CompletableFuture<ResolveResult> f = new CompletableFuture<>();
        Task task = new Task(in, f);
        Pending p = new Pending(in, f);
        synchronized (lock) {
            inFlightByUrl.put(in.url(), p);
            enqueueLocked(p);
        }
        f.whenComplete((r, ex) -> {
            if (ex != null && !cancelled.get() && !(ex instanceof java.util.concurrent.CancellationException)) {
                Throwable cause = ex instanceof CompletionException && ex.getCause() != null ? ex.getCause() : ex;
                fatal.compareAndSet(null, cause);
                cancel();
            }
            signal();
        });
        try {
            pool.execute(task);
        } catch (RejectedExecutionException e) {
            f.cancel(false);
        }
    }

    private void enqueue(Pending p) {
        synchronized (lock) {
            enqueueLocked(p);
            lock.notifyAll();
        }
    }

    private void enqueueLocked(Pending p) {
        pending.addLast(p);
    }

    /** An answer is known (or the run is stopping): wakes the printer and whoever waits for the queue. */
    private void signal() {
        synchronized (lock) {
            lock.notifyAll();
        }
    }

    /**
     * The printer thread: takes every answer at the head of the queue that is known, in input order,
     * and writes them outside the lock, so workers and the reading thread never wait for the sink.
     * Nothing is written once the run is stopped (cancel, or a worker's fatal error).
     */
    private void printLoop() {
        try {
            List<Pending> ready = new ArrayList<>();
            while (takeKnown(ready)) {
                for (Pending p : ready) {
                    ResolveResult r = answerOf(p);
                    if (r == null) continue;
                    if (stopped()) break;
                    sink.accept(r);
                    synchronized (lock) {
                        count(r);
                        if (r.cacheable() && !p.duplicate && !p.in.shortLink()) toSave.add(toAnswer(p.in.url(), r));
                    }
                }
                ready.clear();
                synchronized (lock) {
                    printing = 0;
                    lock.notifyAll();
                }
            }
        } catch (InterruptedException e) {
            // stopPrinter() gave up waiting for it
        } catch (Throwable t) { // e.g. the sink failed: end the run with it instead of waiting forever
            fatal.compareAndSet(null, t);
            cancel();
        }
    }

    /**
     * Waits until the head of the queue is known, then moves every known answer at the head into
     * {@code ready}. False when the printer is done: the run stopped, or ended with the queue empty.
     */
    private boolean takeKnown(List<Pending> ready) throws InterruptedException {
        synchronized (lock) {
            while (!stopped() && !headKnown() && !(inputsDone && pending.isEmpty())) lock.wait();
            if (stopped() || pending.isEmpty()) return false;
            while (headKnown()) ready.add(takeHead());
            printing = ready.size();
            lock.notifyAll(); // room in the window for the reading thread
            return true;
        }
    }

    private boolean headKnown() {
        return !pending.isEmpty() && pending.peekFirst().future.isDone();
    }

    /** Removes the known head of the queue; its URL moves from in flight to answered (for later duplicates). */
    private Pending takeHead() {
        Pending p = pending.removeFirst();
        if (p.in.valid() && inFlightByUrl.get(p.in.url()) == p) inFlightByUrl.remove(p.in.url());
        ResolveResult done = answerOf(p);
        if (done != null && done.cacheable() && !p.in.shortLink()) answeredByUrl.put(p.in.url(), done);
        return p;
    }

    /** The answer of a completed input, or null when it was cancelled or failed (the run is ending). */
    private static ResolveResult answerOf(Pending p) {
        try {
            return p.future.getNow(null);
        } catch (RuntimeException abandoned) {
            return null;
        }
    }

    /** Ends the printer: at once after a stop, else once the queue is empty; waits until it exited. */
    private void stopPrinter() {
        Thread t = printer;
        if (t == null) return;
        synchronized (lock) {
            inputsDone = true;
            lock.notifyAll();
        }
        Thread.interrupted(); // a cancel() interrupts this thread; the printer must still be waited for
        try {
            t.join(TimeUnit.SECONDS.toMillis(5)); // a write blocked on a stuck reader of stdout must not hang the exit
        } catch (InterruptedException e) {
            // interrupted again: stop waiting
        }
    }

    private void count(ResolveResult r) {
        switch (r.status()) {
            case ResolveResult.RESOLVED -> resolved++;
            case ResolveResult.NOT_FOUND -> notFound++;
            case ResolveResult.INVALID -> invalid++;
            default -> {
                failed++;
                if (r.error() != null && r.error().startsWith("http_")) failedPermanent++;
            }
        }
        if (r.cached()) cached++;
    }

    private void awaitWindow() throws InterruptedException {
        synchronized (lock) {
            while (pending.size() >= settings.window() && !stopped()) lock.wait(100);
        }
        if (stopped()) throw new InterruptedException("cancelled");
    }

    private void awaitAll() throws InterruptedException {
        while (true) {
            synchronized (lock) {
                if ((pending.isEmpty() && printing == 0) || stopped()) return;
                lock.wait(100);
            }
            saveIfDue(settings.saveBatch());
        }
    }

    /** Saves collected answers when at least {@code min} are waiting (runs on the calling thread only). */
    private void saveIfDue(int min) {
        if (answers == null) return;
        List<ResolveAnswers.Answer> batch;
        synchronized (lock) {
            if (toSave.size() < min) return;
            batch = toSave;
            toSave = new ArrayList<>();
        }
        answers.saveAll(batch);
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
        List<Pending> left;
        synchronized (lock) {
            left = new ArrayList<>(pending);
        }
        for (Pending p : left) p.future.cancel(false); // each completion wakes the printer
    }

    private static ResolveResult fromCache(String input, ResolveAnswers.Answer a) {
        if (a.status().equals(ResolveResult.NOT_FOUND)) return ResolveResult.notFound(input, 0, true);
        return new ResolveResult(input, ResolveResult.RESOLVED, a.kind(), a.id(), a.urn(), null, 0, true);
    }

    private static ResolveResult copyFor(String input, ResolveResult r) {
        return new ResolveResult(input, r.status(), r.kind(), r.id(), r.urn(), r.error(), 0, r.cached());
    }

    private ResolveAnswers.Answer toAnswer(String url, ResolveResult r) {
        return new ResolveAnswers.Answer(url, r.status(), r.kind(), r.id(), r.urn(), clock.millis());
    }

    /** One input waiting for its answer, in input order. */
    private static final class Pending {
        final NormalizedInput in;
        final CompletableFuture<ResolveResult> future;
        boolean duplicate;

        Pending(NormalizedInput in, CompletableFuture<ResolveResult> future) {
            this.in = in;
            this.future = future;
        }
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
