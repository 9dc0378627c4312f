package org.musicminion.discover.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SandboxApiTest {
    static final String ARTIST = "soundcloud:users:100001";

    SandboxServer server;
    SandboxHttp http;
    String token;

    @BeforeAll
    void start() throws Exception {
        server = SandboxServer.start(SandboxOptions.builder().artists(5).perArtist(450).pool(1000).seed(7).build());
        http = new SandboxHttp(server);
        token = http.login().get("access_token").asText();
    }

    @AfterAll
    void stop() {
        server.close();
    }

    /** Walks next_href from a first URL; returns every item's urn in order. */
    List<String> walk(String first) throws Exception {
        List<String> out = new ArrayList<>();
        Set<String> seenHrefs = new HashSet<>();
        String url = first;
        while (url != null) {
            assertTrue(seenHrefs.add(url), "next_href repeats: " + url);
            var r = http.get(url, token);
            assertEquals(200, r.statusCode(), r.body());
            JsonNode page = SandboxHttp.json(r);
            page.get("collection").forEach(t -> out.add(t.get("urn").asText()));
            url = page.get("next_href").isNull() ? null : page.get("next_href").asText();
        }
        return out;
    }

    @Test
    void walkingNextHrefReturnsEveryRepostOnceNewestFirst() throws Exception {
        List<String> got = walk("/users/" + ARTIST + "/reposts/tracks?linked_partitioning=true&limit=100");
        assertEquals(server.catalogue().repostsOf(ARTIST), got);
        assertEquals(450, new HashSet<>(got).size());
    }

    @Test
    void aNumericIdWorksLikeTheUrnInPaths() throws Exception {
        assertEquals(server.catalogue().likesOf(ARTIST), walk("/users/100001/likes/tracks?linked_partitioning=true&limit=200"));
    }

    @Test
    void aLimitAbove200IsClampedTo200AndTheDefaultIs50() throws Exception {
        JsonNode big = SandboxHttp.json(http.get("/users/" + ARTIST + "/reposts/tracks?linked_partitioning=true&limit=1000", token));
        assertEquals(200, big.get("collection").size());
        assertTrue(big.get("next_href").asText().contains("limit=200"));
        JsonNode dflt = SandboxHttp.json(http.get("/users/" + ARTIST + "/reposts/tracks?linked_partitioning=true", token));
        assertEquals(50, dflt.get("collection").size());
        assertEquals(400, http.get("/users/" + ARTIST + "/reposts/tracks?linked_partitioning=true&limit=0", token).statusCode());
        assertEquals(400, http.get("/users/" + ARTIST + "/reposts/tracks?linked_partitioning=true&cursor=garbage", token).statusCode());
    }

    @Test
    void withoutLinkedPartitioningTheAnswerIsABareArray() throws Exception {
        JsonNode old = SandboxHttp.json(http.get("/users/" + ARTIST + "/reposts/tracks?limit=5", token));
        assertTrue(old.isArray());
        assertEquals(5, old.size());
    }

    @Test
    void aNewRepostAppearsAtTheHeadWithoutShiftingAWalkInProgress() throws Exception {
        String artist = "soundcloud:users:100002";
        List<String> before = server.catalogue().repostsOf(artist);
        JsonNode first = SandboxHttp.json(http.get("/users/" + artist + "/reposts/tracks?linked_partitioning=true&limit=200", token));
        String fresh = server.catalogue().tracks().stream().filter(t -> !t.deleted() && !before.contains(t.urn()))
                .findFirst().orElseThrow().urn();
        assertTrue(server.catalogue().addRepost(artist, fresh));
        assertFalse(server.catalogue().addRepost(artist, fresh), "an artist reposts a track once");

        List<String> rest = walk(first.get("next_href").asText());
        List<String> firstPage = new ArrayList<>();
        first.get("collection").forEach(t -> firstPage.add(t.get("urn").asText()));
        firstPage.addAll(rest);
        assertEquals(before, firstPage, "the old walk sees exactly the old list");

        JsonNode head = SandboxHttp.json(http.get("/users/" + artist + "/reposts/tracks?linked_partitioning=true&limit=1", token));
        assertEquals(fresh, head.get("collection").get(0).get("urn").asText());
    }

    @Test
    void followingsListEveryArtist() throws Exception {
        List<String> got = new ArrayList<>();
        String url = "/me/followings?linked_partitioning=true&limit=2";
        while (url != null) {
            JsonNode page = SandboxHttp.json(http.get(url, token));
            page.get("collection").forEach(u -> got.add(u.get("urn").asText()));
            url = page.get("next_href").isNull() ? null : page.get("next_href").asText();
        }
        assertEquals(server.catalogue().followings().stream().map(Catalogue.User::urn).collect(Collectors.toList()), got);
    }

    @Test
    void tracksCarryTheFieldsOfTheRealApi() throws Exception {
        JsonNode t = SandboxHttp.json(http.get("/users/" + ARTIST + "/reposts/tracks?linked_partitioning=true&limit=1", token))
                .get("collection").get(0);
        for (String f : List.of("id", "urn", "title", "permalink_url", "duration", "created_at", "genre", "kind")) {
            assertTrue(t.hasNonNull(f), "track has " + f + ": " + t);
        }
        for (String f : List.of("id", "urn", "username", "permalink_url")) assertTrue(t.get("user").hasNonNull(f), f);
        assertTrue(t.get("created_at").asText().matches("\\d{4}/\\d\\d/\\d\\d \\d\\d:\\d\\d:\\d\\d \\+0000"));
        assertEquals(t.get("urn").asText(), "soundcloud:tracks:" + t.get("id").asLong());
    }

    @Test
    void resolveAnswers302WithTheLocationOfTheTrackOrUser() throws Exception {
        Catalogue.Track track = server.catalogue().tracks().stream().filter(t -> !t.deleted()).findFirst().orElseThrow();
        for (String url : List.of(track.permalinkUrl(), track.permalinkUrl().replace("https://", "https://www.") + "/",
                track.permalinkUrl().replace("https://", "https://m.") + "?in=x")) {
            var r = http.get("/resolve?url=" + java.net.URLEncoder.encode(url, "UTF-8"), token);
            assertEquals(302, r.statusCode(), url);
            assertEquals(server.baseUrl() + "/tracks/" + track.urn(), r.headers().firstValue("Location").orElseThrow());
        }
        var user = http.get("/resolve?url=" + server.catalogue().followings().get(0).permalinkUrl(), token);
        assertEquals(server.baseUrl() + "/users/" + server.catalogue().followings().get(0).urn(),
                user.headers().firstValue("Location").orElseThrow());
        var followed = http.get(user.headers().firstValue("Location").orElseThrow(), token);
        assertEquals(200, followed.statusCode());
    }

    @Test
    void deletedTracksAre404AndInNoList() throws Exception {
        Catalogue c = server.catalogue();
        String deletedUrl = c.deletedPermalinkUrls().get(0);
        assertEquals(404, http.get("/resolve?url=" + deletedUrl, token).statusCode());
        assertEquals(404, http.get("/resolve?url=https://soundcloud.com/nobody/nothing", token).statusCode());
        String deletedUrn = c.deletedTrackUrns().iterator().next();
        assertEquals(404, http.get("/tracks/" + deletedUrn, token).statusCode());
        assertEquals(0.05, c.deletedTrackUrns().size() / 1000.0, 0.001);
        Set<String> listed = new HashSet<>(c.repostersByTrack().keySet());
        listed.addAll(c.likersByTrack().keySet());
        listed.addAll(c.userLikes());
        c.playlists().forEach(p -> listed.addAll(p.trackUrns()));
        listed.retainAll(c.deletedTrackUrns());
        assertTrue(listed.isEmpty(), "deleted tracks listed: " + listed);
    }

    @Test
    void theUserOwnsTheThreePlaylistsTwoOfThemPrefilled() throws Exception {
        JsonNode page = SandboxHttp.json(http.get("/me/playlists?linked_partitioning=true&limit=50", token));
        List<String> titles = new ArrayList<>();
        page.get("collection").forEach(p -> titles.add(p.get("title").asText()));
        assertEquals(List.of("Not interested", "Not quite", "Discovery"), titles);
        assertEquals(3, page.get("collection").get(0).get("track_count").asInt());
        assertEquals(3, page.get("collection").get(0).get("tracks").size());
        String urn = page.get("collection").get(1).get("urn").asText();
        List<String> tracks = new ArrayList<>();
        SandboxHttp.json(http.get("/playlists/" + urn + "/tracks?linked_partitioning=true&limit=2", token)).get("collection")
                .forEach(t -> tracks.add(t.get("urn").asText()));
        assertEquals(server.catalogue().playlistByTitle("Not quite").orElseThrow().trackUrns().subList(0, 2), tracks);
    }

    @Test
    void putReplacesTheTracksOfAPlaylist() throws Exception {
        Catalogue.Playlist discovery = server.catalogue().playlistByTitle("Discovery").orElseThrow();
        List<String> want = server.catalogue().repostsOf(ARTIST).subList(0, 4);
        String body = "{\"playlist\":{\"tracks\":[" + want.stream().map(u -> "{\"urn\":\"" + u + "\"}").collect(Collectors.joining(",")) + "]}}";
        var r = http.put("/playlists/" + discovery.urn(), token, body);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(4, SandboxHttp.json(r).get("track_count").asInt());
        assertEquals(want, server.catalogue().playlist(discovery.urn()).orElseThrow().trackUrns());
        JsonNode got = SandboxHttp.json(http.get("/playlists/" + discovery.id(), token));
        assertEquals(want.get(0), got.get("tracks").get(0).get("urn").asText());
    }

    @Test
    void putRefusesNumericIdsAndMoreThan500Tracks() throws Exception {
        String urn = server.catalogue().playlistByTitle("Discovery").orElseThrow().urn();
        List<String> before = server.catalogue().playlist(urn).orElseThrow().trackUrns();
        var numeric = http.put("/playlists/" + urn, token, "{\"playlist\":{\"tracks\":[{\"urn\":1000001}]}}");
        assertEquals(422, numeric.statusCode());
        assertTrue(SandboxHttp.json(numeric).get("message").asText().contains("never numbers"));
        assertEquals(422, http.put("/playlists/" + urn, token, "{\"playlist\":{\"tracks\":[{\"id\":1000001}]}}").statusCode());
        String many = IntStream.range(0, 501).mapToObj(i -> "{\"urn\":\"soundcloud:tracks:" + (1_000_000 + i) + "\"}")
                .collect(Collectors.joining(","));
        var tooMany = http.put("/playlists/" + urn, token, "{\"playlist\":{\"tracks\":[" + many + "]}}");
        assertEquals(422, tooMany.statusCode());
        assertEquals(400, http.put("/playlists/" + urn, token, "not json").statusCode());
        assertEquals(before, server.catalogue().playlist(urn).orElseThrow().trackUrns(), "a refused PUT changes nothing");
    }

    @Test
    void unknownThingsAre404() throws Exception {
        assertEquals(404, http.get("/tracks/soundcloud:tracks:1", token).statusCode());
        assertEquals(404, http.get("/users/soundcloud:users:99/reposts/tracks", token).statusCode());
        assertEquals(404, http.get("/nope", token).statusCode());
    }
}
