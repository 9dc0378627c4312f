package org.musicminion.discover.http;

import java.io.IOException;
import java.time.Duration;

/**
 * The bytes of response bodies the process holds at once, across every concurrent request: each body is capped on its
 * own ({@link CallOptions#maxBodyBytes()}), and their sum is capped here, so four 16 MiB answers at once cannot run a
 * small heap out of memory. A response takes bytes before it buffers them and gives them back when it is closed (its
 * JSON parsed). A reader holding nothing may wait (bounded) for room; one already holding bytes never waits — it takes
 * what is free, reads past the budget only when no other body holds any (a body alone may be as large as its cap), or
 * fails the attempt with {@link Exceeded} (transient: the retry comes back holding nothing). So no two readers wait on
 * each other.
 */
public final class BodyBudget {
    /** The process's budget: an eighth of the heap (reading a body briefly needs it twice), 1..64 MiB. */
    public static final BodyBudget PROCESS = new BodyBudget(Math.max(1L << 20, Math.min(64L << 20, Runtime.getRuntime().maxMemory() / 8)));

    private final long total;
    private long held;
    private long peak;

    public BodyBudget(long totalBytes) {
        if (totalBytes <= 0) throw new IllegalArgumentException("a body budget must be positive");
        this.total = totalBytes;
    }

    /** Bytes the budget allows in flight. */
    public long total() {
        return total;
    }

    /** The most bytes held at once so far (for tests and -v). */
    public synchronized long peak() {
        return peak;
    }

    /** The room one response's body takes; close it once the body is read and parsed. */
    public Grant open(Duration maxWait) {
        return new Grant(maxWait);
    }

    /** No room for a body within the attempt's time: the attempt fails, transiently. */
    public static final class Exceeded extends IOException {
        Exceeded(String message) {
            super(message);
        }
    }

    /** One response's share. Not thread-safe: one reader uses it. */
    public final class Grant implements AutoCloseable {
        private final Duration maxWait;
        private long mine;

        private Grant(Duration maxWait) {
            this.maxWait = maxWait;
        }

        /** Bytes this response holds. */
        public long held() {
            return mine;
        }

        /** Makes room for {@code bytes} more (see the class comment); throws {@link Exceeded} when there is none. */
        public void take(long bytes) throws IOException {
            if (bytes <= 0) return;
            synchronized (BodyBudget.this) {
                if (mine == 0) {
                    long need = Math.min(bytes, total); // a body alone may take it all
                    long deadline = System.nanoTime() + maxWait.toNanos();
                    while (total - held < need) {
                        long left = deadline - System.nanoTime();
                        if (left <= 0) {
                            throw new Exceeded("answers in flight hold the whole body budget (" + total / 1024 + " KiB) for "
                                    + maxWait.toSeconds() + " s");
                        }
                        try {
                            BodyBudget.this.wait(Math.max(1, left / 1_000_000));
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            throw new java.io.InterruptedIOException("interrupted waiting for the body budget");
                        }
                    }
                } else if (total - held < bytes && held > mine) {
                    throw new Exceeded("answers in flight over the body budget (" + total / 1024 + " KiB); retried");
                }
                held += bytes; // alone, a body may go past the total, up to its own cap
                mine += bytes;
                peak = Math.max(peak, held);
            }
        }

        @Override
        public void close() {
            synchronized (BodyBudget.this) {
                held -= mine;
                mine = 0;
                BodyBudget.this.notifyAll();
            }
        }
    }
}
