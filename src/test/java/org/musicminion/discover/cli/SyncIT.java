package org.musicminion.discover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.musicminion.discover.Json;
import org.musicminion.discover.testing.FakeAccount;
import org.musicminion.discover.testing.JarProcess;

/** sync as a separate process: the lock between two processes, and kill -9 mid-fetch. */
class SyncIT {
    @RegisterExtension
    final FakeAccount account = FakeAccount.create("[sync]\npage_size = 10\nconcurrency = 2\n");

    @BeforeEach
    void start() {
        for (long a = 1; a <= 12; a++) {
            account.fake.artist(a, "artist" + a);
            List<Long> r = new ArrayList<>();
            for (long t = 0; t < 25; t++) r.add(1000 + (a * 7 + t * 3) % 120);
            account.fake.reposts.put(a, r.stream().distinct().toList());
            account.fake.likes.put(a, List.of(2000 + a, 2000 + (a + 1) % 12));
        }
    }

    private JarProcess cli(Path dataDir, String... args) {
        return JarProcess.of(account.argsFor(dataDir, args));
    }

    @Test
    void aSecondSyncExits75NamingTheHolderAndWaitsWithWait() throws Exception {
        Path d = account.data;
        account.fake.delayMillis = 60;
        JarProcess.Running first = cli(d, "sync").start();
        account.fake.awaitRequests(2);
        JarProcess.Result second = cli(d, "sync").run();
        assertEquals(75, second.exitCode(), second.toString());
        assertTrue(second.stderr().contains("pid " + first.process().pid()), second.stderr());
        JarProcess.Running waiting = cli(d, "sync", "--wait").start();
        JarProcess.Result firstDone = first.await();
        assertEquals(0, firstDone.exitCode(), firstDone.toString());
        JarProcess.Result waited = waiting.await();
        assertEquals(0, waited.exitCode(), waited.toString());
        assertEquals(0, Json.MAPPER.readTree(waited.stdout()).get("tracks_new").asInt());
    }

    @Test
    void killMinus9MidFetchThenARerunGivesTheSameIndexAsACleanRun() throws Exception {
        Path killed = account.dataDir("killed");
        account.fake.delayMillis = 40;
        JarProcess.Running victim = cli(killed, "sync").start();
        account.fake.awaitRequests(8);
        victim.process().destroyForcibly();
        victim.process().waitFor();
        account.fake.delayMillis = 0;
        // the lock of the dead process is taken over; nothing of the killed run was written
        JarProcess.Result empty = cli(killed, "tracks").run();
        assertEquals(0, empty.exitCode(), empty.toString());
        assertEquals("", empty.stdout());
        JarProcess.Result rerun = cli(killed, "sync").run();
        assertEquals(0, rerun.exitCode(), rerun.toString());
        Path clean = account.dataDir("clean");
        JarProcess.Result cleanRun = cli(clean, "sync").run();
        assertEquals(0, cleanRun.exitCode(), cleanRun.toString());
        assertEquals(Json.MAPPER.readTree(cleanRun.stdout()).get("tracks_new"), Json.MAPPER.readTree(rerun.stdout()).get("tracks_new"));
        assertEquals(index(clean), index(killed));
        assertTrue(index(clean).size() > 100);
    }

    private List<String> index(Path dataDir) throws Exception {
        JarProcess.Result r = cli(dataDir, "tracks", "--sort", "reposts").run();
        assertEquals(0, r.exitCode(), r.toString());
        List<String> rows = new ArrayList<>();
        for (String line : r.lines()) {
            ObjectNode n = (ObjectNode) Json.MAPPER.readTree(line);
            n.remove("first_seen");        // observation times: when each run saw it
            n.remove("last_reposted_at");
            rows.add(n.toString());
        }
        return rows;
    }

    @Test
    void anUnwritableDataDirIsReportedByName() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse("root".equals(System.getProperty("user.name")),
                "root can write anywhere: nothing to test");
        Path d = account.dataDir("readonly");
        Files.setPosixFilePermissions(d, java.nio.file.attribute.PosixFilePermissions.fromString("r-x------"));
        try {
            JarProcess.Result r = cli(d, "tracks").run();
            assertEquals(1, r.exitCode(), r.toString());
            assertTrue(r.stderr().contains(d.toString()), r.stderr());
        } finally {
            Files.setPosixFilePermissions(d, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        }
    }

}
