package org.musicminion.discover.resolve;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.musicminion.discover.store.ResolveAnswers;

/**
 * The answers of one resolve run in input order: a bounded queue of pending inputs, the URLs in
 * flight or answered earlier in the run (so a duplicate asks nothing), and one printer thread that
 * takes every known answer at the head of the queue and writes it to the sink outside the lock, then
 * counts it and keeps it for saving. Workers and the reading thread never wait for the sink; a slow
 * reader of the output holds back only the printer (and, once the window is full, the reading).
 * Nothing is written once {@code stopped} says so. Thread-safe: one lock guards all state.
 */
final class OrderedAnswers {
    private final Object lock = new Object();
    private final int window;
    private final Consumer<ResolveResult> sink;
    private final Clock clock;
    private final BooleanSupplier stopped;
    private final Consumer<Throwable> onSinkFailure;
    private final ArrayDeque<Pending> pending = new ArrayDeque<>();
    private final Map<String, Pending> inFlightByUrl = new HashMap<>();
    /** Answers already printed in this run, by URL (bounded), so a later duplicate asks nothing either. */
    private final Map<String, ResolveResult> answeredByUrl;
    private List<ResolveAnswers.Answer> toSave = new ArrayList<>();
    private long resolved, notFound, failed, failedPermanent, invalid, cached;
    private int printing; // answers the printer has taken off the queue and not yet written
    private boolean closed; // the printer exits once the queue is empty
    private Thread printer;

    /**
     * @param stopped       true once nothing more may be written (cancelled, or a fatal error)
     * @param onSinkFailure told when the sink throws; the run must then stop
     */
    OrderedAnswers(int window, Consumer<ResolveResult> sink, Clock clock, BooleanSupplier stopped,
                   Consumer<Throwable> onSinkFailure) {
        this.window = window;
        this.sink = sink;
        this.clock = clock;
        this.stopped = stopped;
        this.onSinkFailure = onSinkFailure;
        this.answeredByUrl = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, ResolveResult> eldest) {
                return size() > window;
            }
        };
    }

    void startPrinter() {
        printer = new Thread(this::printLoop, "resolve-output");
        printer.setDaemon(true);
        printer.start();
    }

    /** Waits while the window is full; false when the run stopped meanwhile. */
    boolean awaitRoom() throws InterruptedException {
        synchronized (lock) {
            while (pending.size() >= window && !stopped.getAsBoolean()) lock.wait(100);
        }
        return !stopped.getAsBoolean();
    }

    /** An input answered without a request (invalid, or from the cache). */
    void addKnown(NormalizedInput in, ResolveResult answer) {
        synchronized (lock) {
            pending.addLast(new Pending(in, CompletableFuture.completedFuture(answer), false));
            lock.notifyAll();
        }
    }

    /**
     * Queues {@code in} to be answered like the same URL earlier in this run (already printed, or
     * still in flight) and returns true; false when the URL is new here.
     */
    boolean addDuplicate(NormalizedInput in) {
        synchronized (lock) {
            ResolveResult known = answeredByUrl.get(in.url());
            if (known != null) {
                pending.addLast(new Pending(in, CompletableFuture.completedFuture(copyFor(in.input(), known)), true));
                lock.notifyAll();
                return true;
            }
            Pending same = inFlightByUrl.get(in.url());
            if (same == null) return false;
            Pending dup = new Pending(in, same.future.thenApply(r -> copyFor(in.input(), r)), true);
            pending.addLast(dup);
            dup.future.whenComplete((r, ex) -> wake());
            return true;
        }
    }

    /** Queues a new URL whose request completes {@code answer}; it counts as in flight until printed. */
    void addRequest(NormalizedInput in, CompletableFuture<ResolveResult> answer) {
        Pending p = new Pending(in, answer, false);
        synchronized (lock) {
            inFlightByUrl.put(in.url(), p);
            pending.addLast(p);
        }
    }

    /** An answer is known, or the run is stopping: wakes the printer and whoever waits. */
    void wake() {
        synchronized (lock) {
            lock.notifyAll();
        }
    }

    /** Waits up to {@code max} until every queued answer is written or the run stopped; true when so. */
    boolean awaitPrinted(Duration max) throws InterruptedException {
        synchronized (lock) {
            if (!donePrinting()) lock.wait(Math.max(1, max.toMillis()));
            return donePrinting();
        }
    }

    private boolean donePrinting() {
        return (pending.isEmpty() && printing == 0) || stopped.getAsBoolean();
    }

    /** The written answers not yet saved, when at least {@code min} are waiting; else an empty list. */
    List<ResolveAnswers.Answer> takeToSave(int min) {
        synchronized (lock) {
            if (toSave.size() < min) return List.of();
            List<ResolveAnswers.Answer> batch = toSave;
            toSave = new ArrayList<>();
            return batch;
        }
    }

    /** Cancels every answer still queued (the run is ending early). */
    void cancelQueued() {
        List<Pending> left;
        synchronized (lock) {
            left = new ArrayList<>(pending);
        }
        for (Pending p : left) p.future.cancel(false);
        wake();
    }

    /** Ends the printer (at once after a stop, else once the queue is empty) and waits until it exited. */
    void close() {
        Thread t = printer;
        if (t == null) return;
        synchronized (lock) {
            closed = true;
            lock.notifyAll();
        }
        Thread.interrupted(); // a cancel interrupts the reading thread; the printer must still be waited for
        try {
            t.join(TimeUnit.SECONDS.toMillis(5)); // a write blocked on a stuck reader of stdout must not hang the exit
        } catch (InterruptedException e) {
            // interrupted again: stop waiting
        }
    }

    ResolveSummary summary(Duration elapsed, boolean interrupted) {
        synchronized (lock) {
            return new ResolveSummary(resolved, notFound, failed, failedPermanent, invalid, cached, elapsed, interrupted);
        }
    }

    private void printLoop() {
        try {
            List<Pending> ready = new ArrayList<>();
            while (takeKnown(ready)) {
                for (Pending p : ready) {
                    ResolveResult r = answerOf(p);
                    if (r == null) continue;
                    if (stopped.getAsBoolean()) break;
                    sink.accept(r);
                    synchronized (lock) {
                        count(r);
                        if (r.cacheable() && !p.duplicate && !p.in.shortLink()) {
                            toSave.add(new ResolveAnswers.Answer(p.in.url(), r.status().word(), r.kind() == null ? null : r.kind().word(), r.id(), r.urn(), clock.millis()));
                        }
                    }
                }
                ready.clear();
                synchronized (lock) {
                    printing = 0;
                    lock.notifyAll();
                }
            }
        } catch (InterruptedException e) {
            // close() gave up waiting for it
        } catch (Throwable t) { // e.g. the sink failed: end the run with it instead of waiting forever
            onSinkFailure.accept(t);
            wake();
        }
    }

    /**
     * Waits until the head of the queue is known, then moves every known answer at the head into
     * {@code ready}. False when the printer is done: the run stopped, or ended with the queue empty.
     */
    private boolean takeKnown(List<Pending> ready) throws InterruptedException {
        synchronized (lock) {
            while (!stopped.getAsBoolean() && !headKnown() && !(closed && pending.isEmpty())) lock.wait();
            if (stopped.getAsBoolean() || pending.isEmpty()) return false;
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

    private void count(ResolveResult r) {
        switch (r.status()) {
            case RESOLVED -> resolved++;
            case NOT_FOUND -> notFound++;
            case INVALID -> invalid++;
            case FAILED -> {
                failed++;
                if (r.failedPermanently()) failedPermanent++;
            }
        }
        if (r.cached()) cached++;
    }

    /** The answer of a completed input, or null when it was cancelled or failed (the run is ending). */
    private static ResolveResult answerOf(Pending p) {
        try {
            return p.future.getNow(null);
        } catch (RuntimeException abandoned) {
            return null;
        }
    }

    private static ResolveResult copyFor(String input, ResolveResult r) {
        return r.forInput(input);
    }

    /** One input waiting for its answer, in input order. */
    private record Pending(NormalizedInput in, CompletableFuture<ResolveResult> future, boolean duplicate) {}
}
