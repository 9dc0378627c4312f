package org.musicminion.discover.resolve;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * A /resolve endpoint for MockWebServer: answers per requested URL through {@code answer}, counts
 * requests and the most ever in flight at once, can add a random delay (so answers come back
 * shuffled) and can hold every request until released.
 */
final class FakeResolveServer extends Dispatcher {
    final AtomicInteger requests = new AtomicInteger();
    final AtomicInteger inFlight = new AtomicInteger();
    final AtomicInteger maxInFlight = new AtomicInteger();
    final List<String> urls = new CopyOnWriteArrayList<>();
    final Map<String, AtomicInteger> perUrl = new ConcurrentHashMap<>();
    private final Function<String, MockResponse> answer;
    volatile int maxDelayMs;
    volatile CountDownLatch gate;

    FakeResolveServer(Function<String, MockResponse> answer) {
        this.answer = answer;
    }

    /** 302 to /tracks/soundcloud:tracks:N where N is derived from the URL; "gone" in the URL answers 404. */
    static MockResponse tracks(String url) {
        if (url.contains("gone")) return new MockResponse.Builder().code(404).body("{\"code\":404}").build();
        return found("https://api.example/tracks/soundcloud:tracks:" + idOf(url));
    }

    static long idOf(String url) {
        return Math.abs((long) url.hashCode());
    }

    static MockResponse found(String location) {
        return new MockResponse.Builder().code(302).setHeader("Location", location).build();
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        try {
            requests.incrementAndGet();
            String url = request.getUrl().queryParameter("url");
            urls.add(url);
            perUrl.computeIfAbsent(url, k -> new AtomicInteger()).incrementAndGet();
            CountDownLatch g = gate;
            if (g != null) g.await();
            if (maxDelayMs > 0) Thread.sleep(ThreadLocalRandom.current().nextInt(maxDelayMs + 1));
            return answer.apply(url);
        } finally {
            inFlight.decrementAndGet();
        }
    }
}
