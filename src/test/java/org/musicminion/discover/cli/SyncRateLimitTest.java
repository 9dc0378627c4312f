package org.musicminion.discover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicminion.discover.Json;
import org.musicminion.discover.Sleeper;
import org.musicminion.discover.sandbox.Faults;
import org.musicminion.discover.sandbox.SandboxOptions;
import org.musicminion.discover.sandbox.SandboxServer;
import org.musicminion.discover.sandbox.SandboxStats;
import org.musicminion.discover.testing.JarProcess;
import org.musicminion.discover.testing.SandboxAccount;
import org.musicminion.discover.testing.TestTerminal;

/**
 * sync against a server limited to 50 requests/s that answers 429 without Retry-After: the process's
 * one adaptive rate keeps the share of 429s small (without it, sync's 4 workers sent 429 storms).
 */
class SyncRateLimitTest {
    @TempDir
    Path tmp;

    @Test
    void a429StormStaysSmallAndEveryListIsRead() throws Exception {
        SandboxOptions opts = SandboxOptions.builder().artists(40).perArtist(100).pool(2_000)
                .faults(Faults.NONE.withRateLimit(50, 50, -1)).faultSeed(7).build();
        try (SandboxServer sandbox = SandboxServer.start(opts)) {
            SandboxAccount account = SandboxAccount.loggedIn(sandbox, tmp);
            Files.writeString(account.config(), "[sync]\npage_size = 50\nfeed = false\n", StandardOpenOption.APPEND);
            sandbox.resetStats();
            JarProcess.Result r = new TestTerminal().sleeper(Sleeper.SYSTEM).run("--config", account.config().toString(),
                    "--data-dir", account.dataDir().toString(), "sync", "--full");
            assertEquals(0, r.exitCode(), r.toString());
            JsonNode s = Json.MAPPER.readTree(r.stdout());
            assertEquals(0, s.get("incomplete_lists").size(), s.toString());
            assertEquals(40, s.get("artists_fetched").asInt());
            SandboxStats.Snapshot st = sandbox.stats();
            double share = (double) st.status(429) / st.total();
            assertTrue(share <= 0.10, st.status(429) + " of " + st.total() + " requests answered 429");
        }
    }
}
