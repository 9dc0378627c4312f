package org.musicminion.discover.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.musicminion.discover.Json;
import org.musicminion.discover.sandbox.Catalogue;
import org.musicminion.discover.sandbox.SandboxOptions;
import org.musicminion.discover.sandbox.SandboxServer;
import org.musicminion.discover.testing.AuthJarProcess;
import org.musicminion.discover.testing.JarProcess;

import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * A listener's session end to end: the built jar as separate processes against a sandbox started
 * by this test, every answer checked against the sandbox's catalogue. The steps build on each other
 * (login, then sync, then judge ...), so they run in order on one data dir.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EndToEndIT {
    @TempDir
    static Path tmp;

    private SandboxServer sandbox;
    private Catalogue catalogue;
    private Path config;
    private Path data;
    private final OkHttpClient browser = new OkHttpClient.Builder().followRedirects(true).build();

    @BeforeAll
    void startTheSandbox() throws Exception {
        String redirectUri = "http://127.0.0.1:" + freePort() + "/callback";
        sandbox = SandboxServer.start(SandboxOptions.builder().artists(12).perArtist(40).pool(400).userLikes(10).seed(11)
                .redirectUri(redirectUri).build());
        catalogue = sandbox.catalogue();
        config = tmp.resolve("config.toml");
        Files.writeString(config, "[soundcloud]\n"
                + "client_id = \"" + sandbox.clientId() + "\"\n"
                + "client_secret = \"" + sandbox.clientSecret() + "\"\n"
                + "api_url = \"" + sandbox.baseUrl() + "\"\n"
                + "auth_url = \"" + sandbox.baseUrl() + "\"\n"
                + "redirect_uri = \"" + redirectUri + "\"\n"
                + "[auth]\nlogin_timeout_seconds = 30\n");
        data = tmp.resolve("data");
    }

    @AfterAll
    void stopTheSandbox() {
        if (sandbox != null) sandbox.close();
        browser.dispatcher().executorService().shutdown();
        browser.connectionPool().evictAll();
    }

    @Test
    @Order(1)
    void loginThroughTheLoopbackListenerNamesTheSandboxUserAndSavesPrivateTokens() throws Exception {
        AuthJarProcess login = AuthJarProcess.start(Map.of(), "--config", config.toString(), "--data-dir", data.toString(),
                "auth", "login", "--no-browser");
        String authorize = login.awaitStderr(Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/authorize\\?\\S+)"), 20_000);
        // the test is the browser: open the URL, get sent back to the listener
        String page;
        try (Response r = browser.newCall(new Request.Builder().url(authorize).build()).execute()) {
            assertEquals(200, r.code());
            page = r.body().string();
        }
        JarProcess.Result result = login.await(30);

        assertEquals(0, result.exitCode(), result.toString());
        assertTrue(page.contains("logged in"), page);
        JsonNode user = Json.MAPPER.readTree(result.stdout()).get("user");
        assertEquals(catalogue.me().id(), user.get("id").asLong());
        assertEquals(catalogue.me().urn(), user.get("urn").asText());
        assertEquals(catalogue.me().username(), user.get("username").asText());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("tokens.json"))));
        assertEquals(1, sandbox.stats().count("POST /oauth/token", 200), "one code exchange");
    }

    @Test
    @Order(2)
    void authStatusShowsTheLoggedInUser() throws Exception {
        JarProcess.Result r = cli("auth", "status").run();

        assertEquals(0, r.exitCode(), r.toString());
        JsonNode s = Json.MAPPER.readTree(r.stdout());
        assertTrue(s.get("authenticated").asBoolean());
        assertEquals(catalogue.me().urn(), s.at("/user/urn").asText());
        assertEquals(data.resolve("tokens.json").toString(), s.get("token_file").asText());
    }

    @Test
    @Order(3)
    void syncIndexesEveryArtistAndImportsTheJudgmentsFromLikesAndBothPlaylists() throws Exception {
        JarProcess.Result r = cli("sync").run();

        assertEquals(0, r.exitCode(), r.toString());
        JsonNode s = Json.MAPPER.readTree(r.stdout());
        assertEquals(12, s.get("artists").asInt());
        assertEquals(truthTrackUrns().size(), s.get("tracks_new").asInt());
        assertEquals(12 * 40, s.get("reposts").asInt());
        assertEquals(12 * 40, s.get("likes").asInt());
        assertEquals(catalogue.userLikes().size(), s.at("/judgments/liked").asInt());
        assertEquals(playlist(Catalogue.NOT_INTERESTED).size(), s.at("/judgments/not_interested").asInt());
        assertEquals(playlist(Catalogue.NOT_QUITE).size(), s.at("/judgments/not_quite").asInt());
        assertTrue(s.get("playlist").isNull(), "not pushed without --push-playlist");
    }

    @Test
    @Order(4)
    void tracksShowsExactlyWhoRepostedAndLikedEachTrackAndTheImportedJudgments() throws Exception {
        assertTracksMatchTheCatalogue(Map.of());
    }

    @Test
    @Order(5)
    void tracksSortedByRepostsStartsWithTheMostRepostedTracks() throws Exception {
        JarProcess.Result r = cli("tracks", "--sort", "reposts", "--limit", "10").run();

        assertEquals(0, r.exitCode(), r.toString());
        List<Integer> got = new ArrayList<>();
        for (String line : r.lines()) got.add(Json.MAPPER.readTree(line).get("repost_count").asInt());
        List<Integer> truth = catalogue.repostersByTrack().values().stream().map(Set::size)
                .sorted(Comparator.reverseOrder()).limit(10).toList();
        assertEquals(truth, got);
    }

    @Test
    @Order(6)
    void resolveAnswersLiveTracksAndUsersWithTheirIdsAndDeletedTracksAsNotFound() throws Exception {
        Catalogue.Track live = liveTrack(0);
        Catalogue.Track deleted = catalogue.tracks().stream().filter(Catalogue.Track::deleted).findFirst().orElseThrow();
        Catalogue.User artist = catalogue.followings().get(3);
        String mobile = live.permalinkUrl().replace("https://soundcloud.com/", "https://m.soundcloud.com/");

        JarProcess.Result r = cli("resolve", live.permalinkUrl(), deleted.permalinkUrl(), artist.permalinkUrl(), mobile).run();

        assertEquals(0, r.exitCode(), "not_found is an answer: " + r);
        List<JsonNode> lines = r.json();
        assertEquals(4, lines.size(), r.stdout());
        assertResolved(lines.get(0), live.permalinkUrl(), "track", live.id(), live.urn());
        assertEquals(deleted.permalinkUrl(), lines.get(1).get("input").asText());
        assertEquals("not_found", lines.get(1).get("status").asText());
        assertTrue(lines.get(1).get("id").isNull());
        assertResolved(lines.get(2), artist.permalinkUrl(), "user", artist.id(), artist.urn());
        assertResolved(lines.get(3), mobile, "track", live.id(), live.urn());
    }

    @Test
    @Order(7)
    void resolveAnswersAgainFromTheIndexWithoutAskingSoundCloud() throws Exception {
        Catalogue.Track live = liveTrack(0);
        Catalogue.Track deleted = catalogue.tracks().stream().filter(Catalogue.Track::deleted).findFirst().orElseThrow();
        long asked = sandbox.stats().count("GET /resolve");

        JarProcess.Result r = cli("resolve", deleted.permalinkUrl(), live.permalinkUrl()).run();

        assertEquals(0, r.exitCode(), r.toString());
        List<JsonNode> lines = r.json();
        assertEquals("not_found", lines.get(0).get("status").asText());
        assertResolved(lines.get(1), live.permalinkUrl(), "track", live.id(), live.urn());
        assertTrue(lines.get(0).get("cached").asBoolean() && lines.get(1).get("cached").asBoolean(), r.stdout());
        assertEquals(asked, sandbox.stats().count("GET /resolve"), "no request to /resolve");
    }

    /** Verdicts made with judge in steps 8 and 9: URN to judgment. */
    private final Map<String, String> local = new HashMap<>();

    @Test
    @Order(8)
    void judgeRecordsVerdictsByUrnAndByUrlAndSaysWhatEachReplaced() throws Exception {
        Map<String, String> imported = importedJudgments();
        String unjudged = catalogue.repostersByTrack().keySet().stream().filter(u -> !imported.containsKey(u)).findFirst().orElseThrow();
        Catalogue.Track liked = catalogue.track(catalogue.userLikes().get(0)).orElseThrow();

        JarProcess.Result byUrn = cli("judge", "--as", "not_quite", unjudged).run();
        JarProcess.Result byUrl = cli("judge", "--as", "not_interested", liked.permalinkUrl()).run();

        assertEquals(0, byUrn.exitCode(), byUrn.toString());
        JsonNode a = Json.MAPPER.readTree(byUrn.stdout());
        assertEquals(unjudged, a.get("urn").asText());
        assertEquals("not_quite", a.get("judgment").asText());
        assertTrue(a.get("previous").isNull(), a.toString());
        assertEquals(0, byUrl.exitCode(), byUrl.toString());
        JsonNode b = Json.MAPPER.readTree(byUrl.stdout());
        assertEquals(liked.permalinkUrl(), b.get("input").asText());
        assertEquals(liked.urn(), b.get("urn").asText(), "the URL resolved to its track");
        assertEquals("not_interested", b.get("judgment").asText());
        assertEquals("liked", b.get("previous").asText(), "imported from the user's likes by the first sync");
        local.put(unjudged, "not_quite");
        local.put(liked.urn(), "not_interested");
    }

    @Test
    @Order(9)
    void theNextSyncKeepsLocalVerdictsImportsNewLikesAndIndexesNewReposts() throws Exception {
        assertEquals(2, local.size(), "step 8 ran");
        String judgedLocally = local.entrySet().stream().filter(e -> e.getValue().equals("not_quite")).findFirst().orElseThrow().getKey();
        // meanwhile on SoundCloud: the user likes the track they judged not_quite here, and another one;
        // an artist reposts a track nobody had touched
        Set<String> indexed = new HashSet<>(truthTrackUrns());
        indexed.addAll(importedJudgments().keySet());
        String newlyLiked = catalogue.repostersByTrack().keySet().stream()
                .filter(u -> !importedJudgments().containsKey(u) && !local.containsKey(u)).findFirst().orElseThrow();
        Catalogue.Track fresh = catalogue.tracks().stream().filter(t -> !t.deleted() && !indexed.contains(t.urn())).findFirst().orElseThrow();
        catalogue.likeTrack(judgedLocally);
        catalogue.likeTrack(newlyLiked);
        catalogue.addRepost(catalogue.followings().get(0).urn(), fresh.urn());

        // --all: every artist now, not only those due by their adaptive interval
        JarProcess.Result r = cli("sync", "--all").run();

        assertEquals(0, r.exitCode(), r.toString());
        JsonNode s = Json.MAPPER.readTree(r.stdout());
        assertEquals(1, s.get("tracks_new").asInt(), r.stdout());
        assertTracksMatchTheCatalogue(local); // judgedLocally stays not_quite, newlyLiked is liked, fresh is listed
    }

    // ---- checks against the catalogue ----

    /** Runs {@code tracks} and checks every line against the catalogue; {@code local} are judgments made with judge. */
    private void assertTracksMatchTheCatalogue(Map<String, String> localVerdicts) throws Exception {
        JarProcess.Result r = cli("tracks").run();
        assertEquals(0, r.exitCode(), r.toString());

        Map<String, Set<String>> reposters = catalogue.repostersByTrack();
        Map<String, Set<String>> likers = catalogue.likersByTrack();
        Map<String, String> judgments = importedJudgments();
        judgments.putAll(localVerdicts);
        Set<String> seen = new TreeSet<>();
        for (String line : r.lines()) {
            JsonNode t = Json.MAPPER.readTree(line);
            String urn = t.get("urn").asText();
            assertTrue(seen.add(urn), "listed twice: " + urn);
            Catalogue.Track truth = catalogue.track(urn).orElseThrow();
            assertEquals(truth.id(), t.get("id").asLong(), urn);
            assertEquals(truth.title(), t.get("title").asText(), urn);
            assertEquals(truth.user().username(), t.get("artist").asText(), urn);
            assertEquals(truth.permalinkUrl(), t.get("permalink_url").asText(), urn);
            Set<String> rb = reposters.getOrDefault(urn, Set.of());
            Set<String> lb = likers.getOrDefault(urn, Set.of());
            assertEquals(rb.size(), t.get("repost_count").asInt(), urn);
            assertEquals(lb.size(), t.get("like_count").asInt(), urn);
            assertEquals(rb, strings(t.get("reposted_by")), urn);
            assertEquals(lb, strings(t.get("liked_by")), urn);
            assertEquals(uploads().getOrDefault(urn, Set.of()), strings(t.get("uploaded_by")), urn);
            assertEquals(judgments.get(urn), t.get("judgment").isNull() ? null : t.get("judgment").asText(), urn);
        }
        // every track a followed artist reposted, liked or (in the stream's lookback) uploaded, plus the tracks the user
        // judged on SoundCloud (with no counts)
        Set<String> expected = new TreeSet<>(truthTrackUrns());
        expected.addAll(judgments.keySet());
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(seen);
        Set<String> extra = new TreeSet<>(seen);
        extra.removeAll(expected);
        assertEquals(Set.of(), missing, "tracks missing from the index");
        assertEquals(Set.of(), extra, "tracks nobody reposted, liked or judged");
    }

    /** What sync imports: liked > not_interested > not_quite. */
    private Map<String, String> importedJudgments() {
        Map<String, String> j = new HashMap<>();
        for (String urn : playlist(Catalogue.NOT_QUITE)) j.put(urn, "not_quite");
        for (String urn : playlist(Catalogue.NOT_INTERESTED)) j.put(urn, "not_interested");
        for (String urn : catalogue.userLikes()) j.put(urn, "liked");
        return j;
    }

    private Set<String> truthTrackUrns() {
        Set<String> all = new TreeSet<>(catalogue.repostersByTrack().keySet());
        all.addAll(catalogue.likersByTrack().keySet());
        all.addAll(uploads().keySet());
        return all;
    }

    /** The uploads by followed artists the stream carries within the first sync's lookback (30 days), by track. */
    private Map<String, Set<String>> uploads() {
        java.time.Instant from = java.time.Instant.now().minus(java.time.Duration.ofDays(30));
        Map<String, Set<String>> by = new HashMap<>();
        for (Catalogue.FeedItem i : catalogue.feed()) {
            if (i.type().equals("track") && i.at().isAfter(from)) by.computeIfAbsent(i.trackUrn(), k -> new TreeSet<>()).add(i.artistUrn());
        }
        return by;
    }

    private List<String> playlist(String title) {
        return catalogue.playlistByTitle(title).orElseThrow().trackUrns();
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> out = new HashSet<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private Catalogue.Track liveTrack(int n) {
        return catalogue.tracks().stream().filter(t -> !t.deleted()).skip(n).findFirst().orElseThrow();
    }

    private static void assertResolved(JsonNode line, String input, String kind, long id, String urn) {
        assertEquals(input, line.get("input").asText(), line.toString());
        assertEquals("resolved", line.get("status").asText(), line.toString());
        assertEquals(kind, line.get("kind").asText(), line.toString());
        assertEquals(id, line.get("id").asLong(), line.toString());
        assertEquals(urn, line.get("urn").asText(), line.toString());
    }

    private JarProcess cli(String... args) {
        List<String> all = new ArrayList<>(List.of("--config", config.toString(), "--data-dir", data.toString()));
        all.addAll(List.of(args));
        return JarProcess.of(all).timeoutSeconds(60);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
