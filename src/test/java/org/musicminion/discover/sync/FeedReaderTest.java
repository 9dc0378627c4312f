package org.musicminion.discover.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.musicminion.discover.SourceKind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.musicminion.discover.Json;
import org.musicminion.discover.http.ApiClient;
import org.musicminion.discover.http.ApiException;
import org.musicminion.discover.soundcloud.FeedItem;
import org.musicminion.discover.soundcloud.SoundCloudTime;
import org.musicminion.discover.soundcloud.SoundCloud;
import org.musicminion.discover.testing.SyncFakeSoundCloud;
import org.musicminion.discover.testing.SyncTestClients;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;

/** The stream's paging stop rule (checkpoint minus overlap, page cap, first-run lookback) and malformed items. */
class FeedReaderTest {
    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    static final FeedWindow WINDOW = new FeedWindow(5, Duration.ofDays(30), Duration.ofMinutes(60));

    final MockWebServer server = new MockWebServer();
    ApiClient api;
    final List<String> verbose = new ArrayList<>();
    int pagesQueued;

    @BeforeEach
    void start() throws Exception {
        server.start();
        api = new SyncTestClients().client(server, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    static String sc(Instant t) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss '+0000'").withZone(ZoneOffset.UTC).format(t);
    }

    static ObjectNode repost(long track, long reposter, Instant at) {
        ObjectNode i = Json.MAPPER.createObjectNode();
        i.put("type", "track:repost").put("created_at", sc(at)).set("origin", SyncFakeSoundCloud.track(track));
        i.put("reposter", "soundcloud:users:" + reposter);
        return i;
    }

    static ObjectNode upload(long track, Instant at) {
        ObjectNode i = Json.MAPPER.createObjectNode();
        i.put("type", "track").put("created_at", sc(at)).set("origin", SyncFakeSoundCloud.track(track));
        return i;
    }

    /** Queues one page; {@code next} true adds a next_href to the following page. */
    void page(boolean next, JsonNode... items) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        ArrayNode c = body.putArray("collection");
        for (JsonNode i : items) c.add(i);
        if (next) body.put("next_href", server.url("/me/feed/tracks?cursor=c" + (++pagesQueued)).toString());
        else body.putNull("next_href");
        body.put("future_href", server.url("/me/feed/tracks?future=1").toString());
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(body.toString()).build());
    }

    FeedReader.Result read(Long checkpoint) {
        return new FeedReader(new SoundCloud(api, 3), WINDOW, verbose::add).read(checkpoint, NOW.toEpochMilli());
    }

    static Instant ago(Duration d) {
        return NOW.minus(d);
    }

    @Test
    void readsBackToTheCheckpointMinusTheOverlapAndStopsAtThePageThatCrossesIt() {
        Instant checkpoint = ago(Duration.ofHours(5));
        page(true, repost(1, 11, ago(Duration.ofMinutes(10))), repost(2, 12, ago(Duration.ofHours(2))), upload(3, ago(Duration.ofHours(4))));
        // inside the overlap (5 h + 40 min ago is within checkpoint - 60 min), then one older than it
        page(true, repost(4, 11, ago(Duration.ofHours(5).plusMinutes(40))), repost(5, 12, ago(Duration.ofHours(6).plusMinutes(1))),
                repost(6, 12, ago(Duration.ofHours(7))));
        page(false, repost(7, 13, ago(Duration.ofHours(8))));
        FeedReader.Result r = read(checkpoint.toEpochMilli());
        assertEquals(2, r.pages(), "the third page is never asked for");
        assertEquals(2, server.getRequestCount());
        assertEquals(List.of(1L, 2L, 3L, 4L), r.items().stream().map(i -> i.track().id()).toList(), "items older than the window are left out");
        assertEquals(SourceKind.UPLOAD, r.items().get(2).kind());
        assertEquals("soundcloud:users:" + (100_000 + 3 % 7), r.items().get(2).artistUrn(), "an upload's artist is the track's uploader");
        assertEquals(ago(Duration.ofMinutes(10)).toEpochMilli(), r.newest());
        assertFalse(r.capped());
        assertEquals(6, r.itemsRead());
    }

    @Test
    void theFirstRunReadsBackTheLookback() {
        page(true, repost(1, 11, ago(Duration.ofDays(1))), repost(2, 11, ago(Duration.ofDays(20))), repost(3, 11, ago(Duration.ofDays(29))));
        page(true, repost(4, 11, ago(Duration.ofDays(29).plusHours(23))), repost(5, 11, ago(Duration.ofDays(31))));
        FeedReader.Result r = read(null);
        assertEquals(2, r.pages());
        assertEquals(List.of(1L, 2L, 3L, 4L), r.items().stream().map(i -> i.track().id()).toList());
    }

    @Test
    void thePageCapStopsARunThatNeverReachesTheCheckpoint() {
        for (int p = 0; p < 7; p++) {
            page(true, repost(10 + p * 3, 11, ago(Duration.ofMinutes(p * 3 + 1))), repost(11 + p * 3, 11, ago(Duration.ofMinutes(p * 3 + 2))),
                    repost(12 + p * 3, 11, ago(Duration.ofMinutes(p * 3 + 3))));
        }
        FeedReader.Result r = read(ago(Duration.ofDays(3)).toEpochMilli());
        assertEquals(5, r.pages(), "sync.feed_max_pages");
        assertEquals(5, server.getRequestCount());
        assertTrue(r.capped());
        assertEquals(15, r.items().size());
        assertTrue(verbose.stream().anyMatch(v -> v.contains("feed_max_pages")), verbose.toString());
    }

    @Test
    void malformedItemsAreSkippedAndCountedNeverFatal() {
        ObjectNode noReposter = repost(1, 11, ago(Duration.ofMinutes(5)));
        noReposter.remove("reposter");
        ObjectNode nullOrigin = repost(2, 11, ago(Duration.ofMinutes(6)));
        nullOrigin.putNull("origin");
        ObjectNode oddDate = repost(3, 11, ago(Duration.ofMinutes(7)));
        oddDate.put("created_at", "yesterday at noon");
        ObjectNode isoDate = repost(4, 11, ago(Duration.ofMinutes(8)));
        isoDate.put("created_at", "2026-11-20T09:52:00Z");
        ObjectNode playlist = Json.MAPPER.createObjectNode().put("type", "playlist:repost").put("created_at", sc(ago(Duration.ofMinutes(9))));
        ObjectNode badReposter = repost(5, 11, ago(Duration.ofMinutes(10)));
        badReposter.put("reposter", "someone");
        page(false, noReposter, nullOrigin, oddDate, isoDate, playlist, badReposter, Json.MAPPER.getNodeFactory().textNode("junk"),
                repost(6, 12, ago(Duration.ofMinutes(11))));
        FeedReader.Result r = read(ago(Duration.ofHours(1)).toEpochMilli());
        assertEquals(5, r.skipped(), "missing reposter, null origin, odd date, a reposter that is no URN, a non-object");
        assertEquals(List.of(4L, 6L), r.items().stream().map(i -> i.track().id()).toList(), "ISO dates are tolerated; playlists are not tracks");
        assertEquals(Instant.parse("2026-11-20T09:52:00Z"), r.items().get(0).at());
        assertEquals(8, r.itemsRead());
    }

    @Test
    void aFailedPageThrowsSoTheCallerKeepsItsCheckpoint() {
        page(true, repost(1, 11, ago(Duration.ofMinutes(1))));
        for (int i = 0; i < 4; i++) server.enqueue(new MockResponse.Builder().code(503).body("{}").build());
        // a page after the first failing after the retries leaves the list incomplete (exit 5), never silently short
        assertThrows(org.musicminion.discover.http.ListIncompleteException.class, () -> read(ago(Duration.ofDays(1)).toEpochMilli()));
    }

    @Test
    void theCheckpointIsTheNewestItemButNeverInTheFutureNorBackwards() {
        FeedReader.Result r = new FeedReader.Result(List.of(), 1, 1, 0, NOW.plusSeconds(86_400).toEpochMilli(), false);
        assertEquals(NOW.toEpochMilli(), r.checkpoint(null, NOW.toEpochMilli()), "a date ahead of our clock is clamped to now");
        FeedReader.Result older = new FeedReader.Result(List.of(), 1, 1, 0, 1_000L, false);
        assertEquals(5_000L, older.checkpoint(5_000L, NOW.toEpochMilli()));
        assertNull(new FeedReader.Result(List.of(), 1, 0, 0, null, false).checkpoint(null, NOW.toEpochMilli()));
    }

    @Test
    void soundCloudTimesWithAnyOffsetAndIsoTimesParse() {
        assertEquals(Instant.parse("2020-10-12T12:03:00Z"), SoundCloudTime.parse("2020/10/12 12:03:00 +0000"));
        assertEquals(Instant.parse("2020-10-12T10:03:00Z"), SoundCloudTime.parse("2020/10/12 12:03:00 +0200"));
        assertEquals(Instant.parse("2020-10-12T12:03:00.250Z"), SoundCloudTime.parse("2020-10-12T12:03:00.250Z"));
        assertEquals(Instant.parse("2020-10-12T11:03:00Z"), SoundCloudTime.parse("2020-10-12T12:03:00+01:00"));
        assertNull(SoundCloudTime.parse("12/10/2020"));
        assertNull(SoundCloudTime.parse(""));
        assertNull(SoundCloudTime.parse(null));
    }
}
