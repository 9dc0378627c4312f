package org.musicminion.discover.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.musicminion.discover.testing.SyncFakeSoundCloud;
import org.musicminion.discover.testing.SyncTestClients;

import mockwebserver3.MockWebServer;

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
        Pages pages = Pages.of(api, "/me/likes/tracks", 5);
        assertEquals(range(1, 13), ids(pages.all()));
        assertEquals(3, pages.requests());
        assertEquals(3, fake.requestCount());
        assertTrue(fake.requests.get(0).contains("limit=5") && fake.requests.get(0).contains("linked_partitioning=true"),
                fake.requests.toString());
    }

    @Test
    void stopsWhenTheServerRepeatsANextHref() {
        fake.repeatNextHref.add("/me/likes/tracks");
        Pages pages = Pages.of(api, "/me/likes/tracks", 5);
        assertEquals(range(1, 11), ids(pages.all()));
        assertEquals(2, fake.requestCount());
    }

    @Test
    void readsTheOldBareArrayShapeAsOnePage() {
        fake.bareArray.add("/me/likes/tracks");
        Pages pages = Pages.of(api, "/me/likes/tracks", 5);
        assertEquals(range(1, 13), ids(pages.all()));
        assertEquals(1, fake.requestCount());
    }

    @Test
    void stopsOnAnEmptyPageEvenWhenItCarriesANextHref() {
        fake.emptyPageWithNext.add("/me/likes/tracks");
        Pages pages = Pages.of(api, "/me/likes/tracks", 6);
        assertEquals(range(1, 13), ids(pages.all()));
        assertEquals(3, fake.requestCount()); // two full pages, then the empty one
        assertFalse(pages.hasNext());
    }

    @Test
    void fetchesOnlyThePagesTheCallerAsksFor() {
        Pages pages = Pages.of(api, "/me/likes/tracks", 5);
        assertEquals(range(1, 6), ids(pages.next()));
        assertTrue(pages.hasNext());
        assertEquals(1, fake.requestCount());
    }

    @Test
    void aMissingListThrowsNotFound() {
        fake.notFound.add("/me/likes/tracks");
        ApiException e = assertThrows(ApiException.class, () -> Pages.of(api, "/me/likes/tracks", 5).all());
        assertTrue(e.notFound());
    }
}
