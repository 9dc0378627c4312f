package org.musicminion.discover.soundcloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.musicminion.discover.http.ApiClient;
import org.musicminion.discover.http.HttpClients;
import org.musicminion.discover.http.RetryPolicy;
import org.musicminion.discover.testing.FixedToken;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** The typed client: JSON → records tolerant of nulls and missing fields, and the one playlist PUT body. */
class SoundCloudTest {
    private final MockWebServer server = new MockWebServer();
    private SoundCloud soundcloud;

    @BeforeEach
    void start() throws Exception {
        server.start();
        ApiClient api = new ApiClient(HttpClients.create(Duration.ofSeconds(5)), server.url("/").toString(),
                RetryPolicy.builder().maxRetries(0).build(), Clock.systemUTC(), d -> {}, Duration.ofSeconds(5),
                FixedToken.of("t"), null);
        soundcloud = new SoundCloud(api, 50);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    private void page(String collection) {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .body("{\"collection\":" + collection + ",\"next_href\":null}").build());
    }

    @Test
    void tracksWithNullsOrMissingFieldsAreReadAndItemsWithoutAnIdOrOfAnotherKindAreSkipped() {
        page("[{\"id\":1,\"title\":null,\"user\":null,\"duration\":null},"
                + "{\"urn\":\"soundcloud:tracks:2\",\"kind\":\"track\"},"
                + "{\"track\":{\"id\":3,\"title\":\"Wrapped\",\"user\":{\"urn\":\"soundcloud:users:9\",\"username\":\"nine\"},\"duration\":1000}},"
                + "{\"kind\":\"playlist\",\"id\":4},{\"title\":\"no id\"},null,7]");

        List<Track> tracks = soundcloud.playlistTracks("soundcloud:playlists:5");

        assertEquals(List.of(
                new Track("soundcloud:tracks:1", 1, null, null, null, null, null, null),
                new Track("soundcloud:tracks:2", 2, null, null, null, null, null, null),
                new Track("soundcloud:tracks:3", 3, "Wrapped", "soundcloud:users:9", "nine", null, 1000L, null)), tracks);
    }

    @Test
    void aNumberOutOfItsFieldsRangeIsAbsentNeverAWrappedNumber() {
        page("[{\"id\":1,\"duration\":1e30},{\"id\":2,\"duration\":1e400},{\"id\":3,\"duration\":-1},"
                + "{\"id\":4,\"duration\":1.5},{\"id\":5,\"duration\":18446744073709551616},{\"id\":6,\"duration\":\"600\"},"
                + "{\"id\":7,\"duration\":300000.0},{\"id\":8,\"duration\":2147483647},"
                + "{\"id\":\"123456789012345678901234567890\",\"title\":\"an id past a long\"}]");

        List<Track> tracks = soundcloud.playlistTracks("soundcloud:playlists:5");

        assertEquals(java.util.Arrays.asList(null, null, null, null, null, null, 300000L, 2147483647L),
                tracks.stream().map(Track::durationMs).toList());
        assertEquals(8, tracks.size(), "an id too long for a number is an item without an id: skipped, not a crash");
    }

    @Test
    void aTrackCountOutOfRangeIsZeroAsIfAbsent() {
        page("[{\"id\":5,\"title\":\"A\",\"track_count\":1e30},{\"id\":6,\"title\":\"B\",\"track_count\":4294967297}]");

        assertEquals(List.of(0, 0), soundcloud.myPlaylists().all().stream().map(Playlist::trackCount).toList());
    }

    @Test
    void playlistsWithoutUrnOrIdAreSkippedAndTitlesMatchIgnoringCaseAsAFallback() {
        page("[{\"id\":5,\"title\":\"Discovery\",\"track_count\":3},{\"urn\":\"soundcloud:playlists:6\",\"title\":null},"
                + "{\"title\":\"nothing\"}]");

        Playlists playlists = soundcloud.myPlaylists();

        assertEquals(List.of(new Playlist("soundcloud:playlists:5", "Discovery", 3), new Playlist("soundcloud:playlists:6", null, 0)),
                playlists.all());
        assertEquals("soundcloud:playlists:5", playlists.byTitle("discovery").urn());
        assertNull(playlists.byTitle("Missing"));
    }

    @Test
    void replacingAPlaylistSendsTheUrnsAndAtMostFiveHundred() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body("{}").build());
        List<String> urns = java.util.stream.IntStream.rangeClosed(1, 501).mapToObj(i -> "soundcloud:tracks:" + i).toList();

        assertEquals(500, soundcloud.replacePlaylist("soundcloud:playlists:5", urns));

        RecordedRequest put = server.takeRequest();
        assertEquals("PUT", put.getMethod());
        assertEquals("/playlists/soundcloud:playlists:5", put.getUrl().encodedPath());
        String body = put.getBody().utf8();
        assertEquals(true, body.startsWith("{\"playlist\":{\"tracks\":[{\"urn\":\"soundcloud:tracks:1\"}"), body);
        assertEquals(500, body.split("\"urn\"").length - 1);
    }
}
