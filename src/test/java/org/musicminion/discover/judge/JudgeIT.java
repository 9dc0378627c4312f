package org.musicminion.discover.judge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicminion.discover.sandbox.Catalogue;
import org.musicminion.discover.sandbox.SandboxOptions;
import org.musicminion.discover.sandbox.SandboxServer;
import org.musicminion.discover.testing.JarProcess;
import org.musicminion.discover.testing.SandboxAccount;

/** `judge` as a user runs it: the built jar against a sandbox started by the test. */
class JudgeIT {
    @TempDir
    Path dir;

    private SandboxServer server;
    private SandboxAccount account;
    private Catalogue catalogue;

    @BeforeEach
    void start() throws Exception {
        server = SandboxServer.start(SandboxOptions.builder().artists(6).perArtist(30).pool(700).userLikes(5).seed(11).build());
        catalogue = server.catalogue();
        account = SandboxAccount.loggedIn(server, dir);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private List<Catalogue.Track> liveTracks(int n) {
        var deleted = catalogue.deletedTrackUrns();
        return catalogue.tracks().stream().filter(t -> !deleted.contains(t.urn())).limit(n).toList();
    }

    @Test
    void judgesByIdUrnUrlAndSlugFromArgsAndStdinAndReportsThePreviousVerdict() throws Exception {
        List<Catalogue.Track> t = liveTracks(4);
        String slug = t.get(3).permalinkUrl().replace("https://soundcloud.com/", "");
        var r = account.jar("judge", "--as", "liked", String.valueOf(t.get(0).id()), t.get(1).urn(), t.get(2).permalinkUrl() + "?si=abc", "-")
                .stdin(slug + "\n\n").run();
        assertEquals(0, r.exitCode(), r.toString());
        List<JsonNode> out = r.json();
        assertEquals(4, out.size(), r.toString());
        for (int i = 0; i < 4; i++) {
            assertEquals(t.get(i).urn(), out.get(i).get("urn").asText(), "line " + i);
            assertEquals("liked", out.get(i).get("judgment").asText());
            assertTrue(out.get(i).get("previous").isNull());
            assertFalse(out.get(i).get("in_index").asBoolean(), "nothing synced yet");
        }
        assertEquals(slug, out.get(3).get("input").asText());
        assertTrue(r.stderr().contains("not in the index"), r.stderr());

        var again = account.jar("judge", "--as", "not_quite", t.get(1).urn()).run();
        assertEquals("liked", again.json().get(0).get("previous").asText(), again.toString());

        var cleared = account.jar("judge", "--as", "clear", t.get(1).urn()).run();
        JsonNode c = cleared.json().get(0);
        assertTrue(c.get("judgment").isNull(), cleared.toString());
        assertEquals("not_quite", c.get("previous").asText());
    }

    @Test
    void badInputsAreReportedPerLineAndTheOthersStillApply() throws Exception {
        Catalogue.Track good = liveTracks(1).get(0);
        String deletedUrl = catalogue.deletedPermalinkUrls().get(0);
        var r = account.jar("judge", "--as", "not_interested", "not a track!", good.urn(), deletedUrl).run();
        assertEquals(1, r.exitCode(), r.toString());
        List<JsonNode> out = r.json();
        assertEquals("invalid", out.get(0).get("error").asText());
        assertEquals(good.urn(), out.get(1).get("urn").asText());
        assertTrue(out.get(1).get("error").isNull());
        assertEquals("not_found", out.get(2).get("error").asText());
        var second = account.jar("judge", "--as", "liked", good.urn()).run();
        assertEquals("not_interested", second.json().get(0).get("previous").asText(), "the good line was recorded");
    }

    @Test
    void anUnknownVerdictIsAUsageErrorListingTheValidOnes() throws Exception {
        var r = account.jar("judge", "--as", "meh", "123").run();
        assertEquals(2, r.exitCode(), r.toString());
        assertTrue(r.stderr().contains("liked, not_interested, not_quite, clear"), r.stderr());
        assertEquals("", r.stdout());
    }

    @Test
    void aLocalVerdictSurvivesTheNextSyncImport() throws Exception {
        String liked = catalogue.userLikes().get(0); // sync's import would make this "liked"
        var j = account.jar("judge", "--as", "not_interested", liked).run();
        assertEquals(0, j.exitCode(), j.toString());
        var s = account.jar("sync").run();
        assertEquals(0, s.exitCode(), s.toString());
        var t = account.jar("tracks", "--judgment", "not_interested").run();
        assertTrue(t.json().stream().anyMatch(n -> n.get("urn").asText().equals(liked)), t.toString());
        var l = account.jar("tracks", "--judgment", "liked").run();
        assertFalse(l.json().stream().anyMatch(n -> n.get("urn").asText().equals(liked)), l.toString());
        var u = account.jar("tracks", "--unjudged").run();
        assertFalse(u.json().stream().anyMatch(n -> n.get("urn").asText().equals(liked)), "judged tracks leave --unjudged");
    }

    @Test
    void aRemoteClearOfALikedTrackRemovesTheLikeAndTheNextSyncKeepsItCleared() throws Exception {
        String liked = catalogue.userLikes().get(0);
        assertEquals(0, account.jar("sync").run().exitCode());
        assertTrue(account.jar("tracks", "--judgment", "liked").run().json().stream().anyMatch(n -> n.get("urn").asText().equals(liked)),
                "imported as liked first");

        var clear = account.jar("judge", "--remote", "--as", "clear", liked).run();

        assertEquals(0, clear.exitCode(), clear.toString());
        assertEquals("ok", clear.json().get(0).get("remote").asText());
        assertEquals(1, server.stats().count("DELETE /likes/tracks/{urn}"), "one unlike, as SoundCloud's spec has it");
        assertFalse(catalogue.userLikes().contains(liked), "the like is gone on SoundCloud");
        assertEquals(0, account.jar("sync").run().exitCode());
        assertFalse(account.jar("tracks", "--judgment", "liked").run().json().stream().anyMatch(n -> n.get("urn").asText().equals(liked)),
                "the next sync does not import it as liked again");
    }

    @Test
    void aLocalClearWinsOverTheImportLikeAnyLocalVerdictUntilTheNextLocalVerdict() throws Exception {
        String liked = catalogue.userLikes().get(0); // still liked on SoundCloud: the import would make it "liked"
        assertEquals(0, account.jar("sync").run().exitCode());

        assertEquals(0, account.jar("judge", "--as", "clear", liked).run().exitCode());
        assertEquals(0, account.jar("sync").run().exitCode());

        assertFalse(account.jar("tracks", "--judgment", "liked").run().json().stream().anyMatch(n -> n.get("urn").asText().equals(liked)),
                "the listener's clear stands over the import");
        assertTrue(catalogue.userLikes().contains(liked), "a local clear sends nothing to SoundCloud");
        assertEquals(0, account.jar("judge", "--as", "not_quite", liked).run().exitCode());
        assertEquals(0, account.jar("sync").run().exitCode());
        assertTrue(account.jar("tracks", "--judgment", "not_quite").run().json().stream().anyMatch(n -> n.get("urn").asText().equals(liked)),
                "a new local verdict replaces the clear");
    }

    @Test
    void remoteVerdictsEditTheJudgmentPlaylistsWithUrnStrings() throws Exception {
        List<Catalogue.Track> t = liveTracks(3);
        var ni = account.jar("judge", "--remote", "--as", "not_interested", t.get(0).urn(), t.get(1).urn()).run();
        assertEquals(0, ni.exitCode(), ni.toString());
        assertEquals("ok", ni.json().get(0).get("remote").asText());
        List<String> niTracks = catalogue.playlistByTitle("Not interested").orElseThrow().trackUrns();
        assertTrue(niTracks.containsAll(List.of(t.get(0).urn(), t.get(1).urn())), niTracks.toString());
        assertTrue(server.stats().count("PUT /playlists/{urn}") >= 1);

        var nq = account.jar("judge", "--remote", "--as", "not_quite", t.get(0).urn()).run();
        assertEquals(0, nq.exitCode(), nq.toString());
        assertTrue(catalogue.playlistByTitle("Not quite").orElseThrow().trackUrns().contains(t.get(0).urn()));
        assertFalse(catalogue.playlistByTitle("Not interested").orElseThrow().trackUrns().contains(t.get(0).urn()),
                "moved out of the other judgment playlist");

        var clear = account.jar("judge", "--remote", "--as", "clear", t.get(0).urn(), t.get(1).urn()).run();
        assertEquals(0, clear.exitCode(), clear.toString());
        assertFalse(catalogue.playlistByTitle("Not quite").orElseThrow().trackUrns().contains(t.get(0).urn()));
        assertFalse(catalogue.playlistByTitle("Not interested").orElseThrow().trackUrns().contains(t.get(1).urn()));

        var like = account.jar("judge", "--remote", "--as", "liked", t.get(2).urn()).run();
        assertEquals(0, like.exitCode(), like.toString());
        assertTrue(catalogue.userLikes().contains(t.get(2).urn()));
    }

    @Test
    void aFullJudgmentPlaylistIsAClearPerLineErrorAndTheLocalVerdictStays() throws Exception {
        List<Catalogue.Track> live = liveTracks(501);
        String nq = catalogue.playlistByTitle("Not quite").orElseThrow().urn();
        catalogue.replacePlaylistTracks(nq, live.subList(0, 500).stream().map(Catalogue.Track::urn).collect(Collectors.toList()));
        String extra = live.get(500).urn();
        var r = account.jar("judge", "--remote", "--as", "not_quite", extra).run();
        assertEquals(5, r.exitCode(), r.toString());
        JsonNode line = r.json().get(0);
        assertEquals("failed", line.get("remote").asText());
        assertTrue(line.get("error").asText().contains("500"), line.toString());
        assertEquals("not_quite", line.get("judgment").asText(), "recorded locally");
        assertEquals(500, catalogue.playlistByTitle("Not quite").orElseThrow().trackUrns().size());
    }

    @Test
    void importAloneNeedsALogin() throws Exception {
        var r = JarProcess.of("--config", account.config().toString(), "--data-dir", dir.resolve("empty").toString(),
                "judge", "--import").run();
        assertEquals(4, r.exitCode(), r.toString());
        assertTrue(r.stderr().contains("run: minion-discover auth login"), r.stderr());
        var ok = account.jar("judge", "--import").run();
        assertEquals(0, ok.exitCode(), ok.toString());
        assertEquals(5, ok.json().get(0).get("judgments").get("liked").asInt(), ok.toString());
    }

    @Test
    void aPipeOfTenThousandUrnsIsJudgedInOneCall() throws Exception {
        StringBuilder in = new StringBuilder();
        for (int i = 1; i <= 10_000; i++) in.append("soundcloud:tracks:").append(9_000_000 + i).append('\n');
        long t0 = System.nanoTime();
        var r = account.jar("judge", "--as", "not_quite").stdin(in.toString()).run();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(0, r.exitCode(), r.stderr());
        assertEquals(10_000, r.lines().size());
        System.out.println("JudgeIT: 10 000 URNs judged by one process in " + ms + " ms");
    }
}
