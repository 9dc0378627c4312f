package org.musicminion.discover.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.musicminion.discover.soundcloud.Urn;
import org.musicminion.discover.testing.SyncFakeSoundCloud;
import org.musicminion.discover.testing.SyncTestClients;

import mockwebserver3.MockWebServer;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

class PagesTest {
    private final MockWebServer server = new MockWebServer();
    private final SyncFakeSoundCloud fake = new SyncFakeSoundCloud();
    private ApiClient api;

    @BeforeEach
    void start() throws Exception {
        server.setDispatcher(fake);
        server.start();
        api = new SyncTestClients().client(server, Clock.systemUTC());
        fake.myLikes.addAll(range(1, 13)); // 12 items
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static List<Long> range(long from, long toExclusive) {
        List<Long> l = new ArrayList<>();
        for (long i = from; i < toExclusive; i++) l.add(i);
        return l;
    }

    private static List<Long> ids(List<JsonNode> items) {
        return items.stream().map(n -> n.get("id").asLong()).toList();
    }

    @Test
    void followsNextHrefUntilNullAndReturnsEveryItemOnce() {
        Pages pages = Pages.of(api, "/me/likes/tracks", 5, Urn::keyOf);
        assertEquals(range(1, 13), ids(pages.all()));
        assertEquals(3, pages.requests());
        assertEquals(3, fake.requestCount());
        assertTrue(fake.requests.get(0).contains("limit=5") && fake.requests.get(0).contains("linked_partitioning=true"),
                fake.requests.toString());
    }

    @Test
    void stopsWhenTheServerRepeatsANextHref() {
        fake.repeatNextHref.add("/me/likes/tracks");
        Pages pages = Pages.of(api, "/me/likes/tracks", 5, Urn::keyOf);
        assertEquals(range(1, 11), ids(pages.all()));
        assertEquals(2, fake.requestCount());
    }

    @Test
    void aShortBareArrayIsTheWholeList() {
        fake.bareArray.add("/me/likes/tracks");
        Pages pages = Pages.of(api, "/me/likes/tracks", 50, Urn::keyOf);
        assertEquals(range(1, 13), ids(pages.all()));
        assertEquals(1, fake.requestCount());
    }

    @Test
    void aBareArrayAsLongAsAPageIsAnIncompleteListNotTheWholeList() {
        fake.bareArray.add("/me/likes/tracks");
        ListIncompleteException e = assertThrows(ListIncompleteException.class, () -> Pages.of(api, "/me/likes/tracks", 5, Urn::keyOf).all());
        assertEquals(ListIncompleteException.Why.UNPAGED, e.why());
        assertEquals("/me/likes/tracks", e.list());
        assertEquals(5, e.exitCode());
    }

    @Test
    void reAddsLinkedPartitioningAndLimitANextHrefDropped() {
        fake.myLikes.clear();
        fake.myLikes.addAll(range(1, 131)); // the server's default page without limit is 50: more than one page
        fake.dropPagingParams.add("/me/likes/tracks");
        Pages pages = Pages.of(api, "/me/likes/tracks", 20, Urn::keyOf);
        assertEquals(range(1, 131), ids(pages.all()));
        assertEquals(7, fake.requestCount());
        for (String r : fake.requests) assertTrue(r.contains("linked_partitioning=true") && r.contains("limit=20"), r);
    }

    @Test
    void keepsFollowingPastEmptyPagesBeforeTheEnd() {
        fake.emptyPagesAfterFirst.put("/me/likes/tracks", 3);
        Pages pages = Pages.of(api, "/me/likes/tracks", 5, Urn::keyOf);
        assertEquals(range(1, 13), ids(pages.all()));
        assertEquals(6, fake.requestCount()); // 3 pages with items + 3 empty ones between the first two
    }

    @Test
    void emptyPagesPastTheEndEndTheListNormallyAfterAFew() {
        fake.emptyPageWithNext.add("/me/likes/tracks");
        Pages pages = Pages.of(api, "/me/likes/tracks", 6, Urn::keyOf);
        assertEquals(range(1, 13), ids(pages.all()));
        assertEquals(2 + Pages.Limits.DEFAULT.maxEmptyPagesInARow(), fake.requestCount());
        assertFalse(pages.hasNext());
    }

    @Test
    void anItemRepeatedOnTheNextPageIsReturnedOnce() {
        fake.repeatLastItem.add("/me/likes/tracks");
        assertEquals(range(1, 13), ids(Pages.of(api, "/me/likes/tracks", 5, Urn::keyOf).all()));
    }

    @Test
    void aNextHrefOnAnotherHostIsRebuiltOntoApiUrlAndThatHostGetsNothing() throws Exception {
        List<String> log = new ArrayList<>();
        ApiClient verbose = new ApiClient(HttpClients.create(Duration.ofSeconds(5)), server.url("/").toString(),
                RetryPolicy.builder().maxRetries(0).build(), Clock.systemUTC(), d -> {}, Duration.ofSeconds(5),
                SyncTestClients.TOKENS, log::add);
        try (MockWebServer other = new MockWebServer()) {
            SyncFakeSoundCloud elsewhere = new SyncFakeSoundCloud();
            other.setDispatcher(elsewhere);
            other.start();
            fake.nextHrefOrigin = other.url("/");
            assertEquals(range(1, 13), ids(Pages.of(verbose, "/me/likes/tracks", 5, Urn::keyOf).all()));
            assertEquals(0, other.getRequestCount());
            assertEquals(3, fake.requestCount());
            assertTrue(log.stream().anyMatch(l -> l.contains("another host") && l.contains(Integer.toString(other.getPort()))), log.toString());
        }
    }

    @Test
    void aPlainHttpNextHrefForAnHttpsApiIsFollowedOverHttps() {
        List<String> sent = new ArrayList<>();
        OkHttpClient tls = HttpClients.create(Duration.ofSeconds(5)).newBuilder().addInterceptor(chain -> {
            okhttp3.Request r = chain.request();
            sent.add(r.url().toString()); // what the client asked for; then hand it to the mock server in place of TLS
            return chain.proceed(r.newBuilder().url(r.url().newBuilder().scheme("http").host(server.getHostName())
                    .port(server.getPort()).build()).build());
        }).build();
        ApiClient https = new ApiClient(tls, "https://api.soundcloud.test", RetryPolicy.builder().maxRetries(0).build(),
                Clock.systemUTC(), d -> {}, Duration.ofSeconds(5), SyncTestClients.TOKENS, null);
        fake.nextHrefOrigin = HttpUrl.get("http://api.soundcloud.test/");
        assertEquals(range(1, 13), ids(Pages.of(https, "/me/likes/tracks", 5, Urn::keyOf).all()));
        assertEquals(3, sent.size());
        for (String u : sent) assertTrue(u.startsWith("https://api.soundcloud.test/me/likes/tracks?"), u);
    }

    @Test
    void anEndlessChainHitsThePageCapAndTheListIsIncomplete() {
        fake.endless.add("/me/likes/tracks");
        ApiClient capped = capped(new Pages.Limits(4, 1_000, 5));
        ListIncompleteException e = assertThrows(ListIncompleteException.class, () -> Pages.of(capped, "/me/likes/tracks", 5, Urn::keyOf).all());
        assertEquals(ListIncompleteException.Why.PAGE_CAP, e.why());
        assertEquals(4, fake.requestCount());
        assertTrue(e.getMessage().contains("/me/likes/tracks") && e.getMessage().contains("http.max_pages_per_list"), e.getMessage());
    }

    @Test
    void tooManyItemsHitTheItemCap() {
        fake.endless.add("/me/likes/tracks");
        ApiClient capped = capped(new Pages.Limits(1_000, 12, 5));
        ListIncompleteException e = assertThrows(ListIncompleteException.class, () -> Pages.of(capped, "/me/likes/tracks", 5, Urn::keyOf).all());
        assertEquals(ListIncompleteException.Why.ITEM_CAP, e.why());
        assertEquals(3, fake.requestCount());
    }

    @Test
    void aLaterPageFailingAfterTheRetriesMakesTheListIncomplete() {
        fake.nextHrefOrigin = null;
        Pages pages = Pages.of(api, "/me/likes/tracks", 5, Urn::keyOf);
        pages.next();
        fake.notFound.add("/me/likes/tracks"); // the continuation broke; the first page had worked
        ListIncompleteException e = assertThrows(ListIncompleteException.class, pages::next);
        assertEquals(ListIncompleteException.Why.ERROR, e.why());
    }

    private ApiClient capped(Pages.Limits limits) {
        return new ApiClient(HttpClients.create(Duration.ofSeconds(5)), server.url("/").toString(),
                RetryPolicy.builder().maxRetries(0).build(), Clock.systemUTC(), d -> {}, Duration.ofSeconds(5),
                SyncTestClients.TOKENS, null, AttemptListener.NONE, limits);
    }

    @Test
    void fetchesOnlyThePagesTheCallerAsksFor() {
        Pages pages = Pages.of(api, "/me/likes/tracks", 5, Urn::keyOf);
        assertEquals(range(1, 6), ids(pages.next()));
        assertTrue(pages.hasNext());
        assertEquals(1, fake.requestCount());
    }

    @Test
    void aMissingListThrowsNotFound() {
        fake.notFound.add("/me/likes/tracks");
        ApiException e = assertThrows(ApiException.class, () -> Pages.of(api, "/me/likes/tracks", 5, Urn::keyOf).all());
        assertTrue(e.notFound());
    }
}
