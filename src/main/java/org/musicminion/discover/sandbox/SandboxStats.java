package org.musicminion.discover.sandbox;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;


/**
 * Counts what clients did: requests by route pattern (e.g. {@code GET /users/{urn}/reposts/tracks})
 * and status, totals, the most requests in flight at once, and the faults injected. Thread-safe;
 * {@link #reset()} starts over. Control routes ({@code /_sandbox/...}) are not counted.
 */
public final class SandboxStats {
    /** Status key of a request whose connection was dropped without an answer. */
    public static final String DROPPED = "dropped";

    private final Map<String, Map<String, LongAdder>> byRoute = new ConcurrentHashMap<>();
    private final LongAdder total = new LongAdder();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final LongAdder rateLimited = new LongAdder();
    private final LongAdder injectedErrors = new LongAdder();
    private final LongAdder hangs = new LongAdder();

    /** What {@link SandboxServer#stats()} and {@code GET /_sandbox/stats} answer. */
    public record Snapshot(
            long total,
            int inFlight,
            int maxInFlight,
            long rateLimited,
            long injectedErrors,
            long hangs,
            Map<String, Map<String, Long>> routes,
            Map<String, Long> statuses) {

        /** Requests to one route pattern, any status. */
        public long count(String route) {
            return routes.getOrDefault(route, Map.of()).values().stream().mapToLong(Long::longValue).sum();
        }

        /** Requests to one route pattern answered with one status. */
        public long count(String route, int status) {
            return routes.getOrDefault(route, Map.of()).getOrDefault(Integer.toString(status), 0L);
        }

        /** Requests answered with one status, any route. */
        public long status(int status) {
            return statuses.getOrDefault(Integer.toString(status), 0L);
        }
    }

    void begin() {
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
    }

    void end(String route, String status) {
        inFlight.decrementAndGet();
        total.increment();
        byRoute.computeIfAbsent(route, k -> new ConcurrentHashMap<>()).computeIfAbsent(status, k -> new LongAdder()).increment();
    }

    void rateLimited() {
        rateLimited.increment();
    }

    void injectedError() {
        injectedErrors.increment();
    }

    void hang() {
        hangs.increment();
    }

    /** Forgets every count (requests in flight stay counted in {@code in_flight}). */
    public synchronized void reset() {
        byRoute.clear();
        total.reset();
        maxInFlight.set(inFlight.get());
        rateLimited.reset();
        injectedErrors.reset();
        hangs.reset();
    }

    public Snapshot snapshot() {
        Map<String, Map<String, Long>> routes = new TreeMap<>();
        Map<String, Long> statuses = new TreeMap<>();
        byRoute.forEach((route, m) -> {
            Map<String, Long> r = new TreeMap<>();
            m.forEach((status, n) -> {
                r.put(status, n.sum());
                statuses.merge(status, n.sum(), Long::sum);
            });
            routes.put(route, r);
        });
        return new Snapshot(total.sum(), inFlight.get(), maxInFlight.get(), rateLimited.sum(), injectedErrors.sum(), hangs.sum(),
                routes, statuses);
    }
}
