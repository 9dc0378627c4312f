package org.musicminion.discover.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okio.Buffer;
import org.junit.jupiter.api.Test;

/**
 * The bodies of concurrent calls together keep to one budget, not only each to its cap; a call that
 * finds no room waits holding nothing, or fails as a clear, retried item error.
 */
class BodyBudgetTest {
    private static final int MIB = 1024 * 1024;

    private static MockWebServer serving(int bodyBytes, boolean chunked) throws Exception {
        MockWebServer server = new MockWebServer();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest r) {
                byte[] pad = new byte[bodyBytes - 2];
                java.util.Arrays.fill(pad, (byte) ' ');
                Buffer body = new Buffer().writeUtf8("{}").write(pad);
                MockResponse.Builder b = new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json");
                return (chunked ? b.chunkedBody(body, 64 * 1024) : b.body(body)).build();
            }
        });
        server.start();
        return server;
    }

    private static ApiClient client(MockWebServer server, BodyBudget budget, int retries) {
        RetryPolicy policy = RetryPolicy.builder().maxRetries(retries).base(Duration.ofMillis(20)).cap(Duration.ofMillis(200)).build();
        return new ApiClient(new OkHttpClient(), server.url("/").toString(), policy, Clock.systemUTC(), org.musicminion.discover.Sleeper.SYSTEM,
                Duration.ofSeconds(30),
                null, null, AttemptListener.NONE, Pages.Limits.DEFAULT, budget);
    }

    private static List<ApiResponse> fourAtOnce(ApiClient api) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ApiResponse>> fs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String path = "/x" + i;
                fs.add(pool.submit(() -> api.execute(new Request.Builder().url(api.url(path)).get().build(), CallOptions.json(null))));
            }
            List<ApiResponse> out = new ArrayList<>();
            for (Future<ApiResponse> f : fs) out.add(f.get());
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void fourBodiesOfADeclaredLengthTakeTurnsWithinTheBudget() throws Exception {
        BodyBudget budget = new BodyBudget(3 * MIB / 2);
        try (MockWebServer server = serving(MIB, false)) {
            for (ApiResponse r : fourAtOnce(client(server, budget, 0))) assertTrue(r.ok(), r.outcome().toString());
        }
        assertTrue(budget.peak() <= 3 * MIB / 2, "at most one and a half MiB held at once, not four: " + budget.peak());
        assertTrue(budget.peak() > MIB, "a whole body was held: " + budget.peak());
    }

    @Test
    void bodiesOfUnknownLengthKeepToItTooRetryingWhenTheyMeetAnotherOne() throws Exception {
        BodyBudget budget = new BodyBudget(3 * MIB / 2);
        try (MockWebServer server = serving(MIB, true)) {
            for (ApiResponse r : fourAtOnce(client(server, budget, 20))) assertTrue(r.ok(), r.outcome().toString());
        }
        assertTrue(budget.peak() <= 3 * MIB / 2 + ApiClient.BODY_STEP, "held at once: " + budget.peak());
    }

    @Test
    void aReaderHoldingNothingWaitsBoundedThenFailsNamingTheBudget() throws Exception {
        BodyBudget budget = new BodyBudget(MIB);
        try (BodyBudget.Grant other = budget.open(Duration.ofSeconds(1))) {
            other.take(MIB);
            BodyBudget.Grant mine = budget.open(Duration.ofMillis(50));
            BodyBudget.Exceeded e = assertThrows(BodyBudget.Exceeded.class, () -> mine.take(1));
            assertTrue(e.getMessage().contains("body budget"), e.getMessage());
            assertEquals(Outcome.BODY_BUDGET, Outcome.ofException(e).errorClass());
            assertTrue(Outcome.ofException(e).kind().retryable());
        }
        try (BodyBudget.Grant alone = budget.open(Duration.ofMillis(50))) {
            alone.take(MIB);
            alone.take(MIB); // alone, a body may go past the budget up to its own cap
            assertEquals(2L * MIB, alone.held());
        }
    }
}
