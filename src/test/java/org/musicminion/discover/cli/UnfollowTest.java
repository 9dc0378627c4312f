package org.musicminion.discover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicminion.discover.Json;
import org.musicminion.discover.sandbox.SandboxOptions;
import org.musicminion.discover.sandbox.SandboxServer;
import org.musicminion.discover.testing.JarProcess;
import org.musicminion.discover.testing.SandboxAccount;
import org.musicminion.discover.testing.TestTerminal;

/** {@code unfollow}: a real DELETE against the sandbox, refused without a confirmation; the index keeps the history. */
class UnfollowTest {
    private static final String ROUTE = "DELETE /me/followings/{urn}";

    @TempDir
    Path tmp;

    private static JarProcess.Result run(SandboxAccount a, String stdin, String... args) {
        List<String> all = new ArrayList<>(List.of("--config", a.config().toString(), "--data-dir", a.dataDir().toString()));
        all.addAll(List.of(args));
        TestTerminal t = new TestTerminal();
        if (stdin != null) t.stdin(stdin);
        return t.run(all.toArray(String[]::new));
    }

    private static JsonNode line(String stdout, String urn) throws Exception {
        for (String l : stdout.lines().toList()) {
            JsonNode n = Json.MAPPER.readTree(l);
            if (urn.equals(n.get("urn").asText())) return n;
        }
        throw new AssertionError(urn + " not in " + stdout);
    }

    @Test
    void unfollowsOnTheSandboxOnlyWithYesAndTheIndexKeepsTheArtistAsNoLongerFollowed() throws Exception {
        SandboxOptions opts = SandboxOptions.builder().artists(6).perArtist(20).pool(300).build();
        try (SandboxServer sandbox = SandboxServer.start(opts)) {
            SandboxAccount a = SandboxAccount.loggedIn(sandbox, tmp);
            Files.writeString(a.config(), "[music_minion]\ndatabase = \"\"\n", StandardOpenOption.APPEND);
            assertEquals(0, run(a, null, "sync", "--all").exitCode());
            String urn = sandbox.catalogue().followings().get(0).urn();
            String other = sandbox.catalogue().followings().get(1).urn();
            long surfaced = line(run(a, null, "artists").stdout(), urn).get("surfaced").asLong();
            assertTrue(surfaced > 0);

            JarProcess.Result refused = run(a, null, "unfollow", urn); // no terminal to ask, no --yes
            assertEquals(2, refused.exitCode(), refused.toString());
            assertTrue(refused.stderr().contains("--yes"), refused.stderr());
            JarProcess.Result dry = run(a, null, "unfollow", "--dry-run", urn);
            assertEquals(0, dry.exitCode(), dry.toString());
            assertEquals("would_unfollow", line(dry.stdout(), urn).get("status").asText());
            assertEquals(0, sandbox.stats().count(ROUTE), "neither sent a request");
            assertTrue(sandbox.catalogue().followings().stream().anyMatch(u -> u.urn().equals(urn)));

            JarProcess.Result done = run(a, null, "unfollow", "--yes", urn);
            assertEquals(0, done.exitCode(), done.toString());
            assertEquals("unfollowed", line(done.stdout(), urn).get("status").asText());
            assertEquals(1, sandbox.stats().count(ROUTE, 200));
            assertFalse(sandbox.catalogue().followings().stream().anyMatch(u -> u.urn().equals(urn)), "gone from the account");

            JsonNode after = line(run(a, null, "artists").stdout(), urn);
            assertFalse(after.get("followed").asBoolean());
            assertTrue(after.get("unfollowed_at").isTextual());
            assertEquals(surfaced, after.get("surfaced").asLong(), "the history stays");

            // the tool's own NDJSON on stdin (e.g. artists --noisy), and a sync afterwards keeps both unfollowed
            JarProcess.Result piped = run(a, "{\"urn\":\"" + other + "\",\"suggestion\":\"unfollow candidate\"}\n", "unfollow", "--yes");
            assertEquals(0, piped.exitCode(), piped.toString());
            assertEquals("unfollowed", line(piped.stdout(), other).get("status").asText());
            assertEquals(0, run(a, null, "sync").exitCode());
            String artists = run(a, null, "artists").stdout();
            assertFalse(line(artists, urn).get("followed").asBoolean());
            assertFalse(line(artists, other).get("followed").asBoolean());
            assertEquals(surfaced, line(artists, urn).get("surfaced").asLong());

            JarProcess.Result again = run(a, null, "unfollow", "--yes", urn); // SoundCloud says 404: already so
            assertEquals(0, again.exitCode(), again.toString());
            assertEquals("not_followed", line(again.stdout(), urn).get("status").asText());
            JarProcess.Result bad = run(a, null, "unfollow", "--yes", "soundcloud:tracks:5");
            assertEquals(1, bad.exitCode(), bad.toString());
            assertEquals(3, sandbox.stats().count(ROUTE), "two unfollows, one 404, none for the invalid input");
        }
    }
}
