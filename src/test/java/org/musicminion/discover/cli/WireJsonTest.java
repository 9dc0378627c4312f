package org.musicminion.discover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.musicminion.discover.store.Database;
import org.musicminion.discover.store.SyncRuns;
import org.musicminion.discover.testing.DiscoveryIndex;
import org.musicminion.discover.testing.FakeAccount;
import org.musicminion.discover.testing.JarProcess;

/**
 * What scripts read stays byte for byte what they read before output for people came: each command's
 * stdout in a pipe over one fixed index and a fixed clock equals the file under
 * src/test/resources/wire/, recorded from the code before records took camelCase components and
 * the renderers came (rerun with -Dwire.record=true only to record a deliberate change to the wire).
 */
class WireJsonTest {
    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    static final Path GOLDEN = Path.of("src/test/resources/wire");

    @RegisterExtension
    final FakeAccount account = FakeAccount.withTwoArtists("[ranking]\nmin_verdicts = 20\n").clock(Clock.fixed(NOW, ZoneOffset.UTC));

    @BeforeEach
    void index() throws Exception {
        account.fake.reposts.put(1L, List.of(10L, 11L));
        account.fake.likes.put(2L, List.of(11L, 12L));
        try (Database db = Database.openIn(account.data)) {
            DiscoveryIndex x = new DiscoveryIndex(db).artist(1, true, 0).artist(2, true, 0).artist(3, true, 0);
            x.keptFourOfFiveAndOneOfFive(6);
            x.track(900, 240, 20).source(900, 1, "repost", 20).source(900, 2, "repost", 21).source(900, 3, "like", 22);
            x.track(901, 3_000, 20).source(901, 2, "repost", 20);
            db.write(c -> SyncRuns.insert(c, new SyncRuns.SyncRun(0, 1_000, 2_500L, SyncRuns.Outcome.OK, 3, 1,
                    "{\"artists\":1,\"feed\":null}", null)));
            db.write(c -> SyncRuns.insert(c, new SyncRuns.SyncRun(0, 3_000, null, SyncRuns.Outcome.INTERRUPTED, 2, null, null, "interrupted")));
        }
    }

    private String stdout(String... args) {
        boolean fresh = args[0].equals("fresh");
        Path data = fresh ? account.dir.resolve("fresh") : account.data;
        if (fresh) args = java.util.Arrays.copyOfRange(args, 1, args.length);
        JarProcess.Result r = account.terminal().stdin("nonsense input\n").run(account.argsFor(data, args).toArray(String[]::new));
        // the recorded files name the data dir $DIR (where it stood then), the fresh one $DIR/fresh
        return ("exit " + r.exitCode() + "\n" + r.stdout()).replace(account.data.toString(), "$DIR").replace(account.dir.toString(), "$DIR");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tracks", "tracks --explain", "tracks --sort reposts --limit 3", "artists", "history", "evaluate",
            "auth status", "fresh auth status", "fresh tracks", "judge --as not_quite soundcloud:tracks:901", "resolve", "sync --dry-run --push-playlist",
            "sync --push-playlist"})
    void aCommandsJsonIsTheSameAsBefore(String command) throws Exception {
        String name = command.replaceAll("[^a-z0-9]+", "-") + ".txt";
        String now = stdout(command.split(" "));
        if (Boolean.getBoolean("wire.record")) Files.writeString(GOLDEN.resolve(name), now);
        assertEquals(Files.readString(GOLDEN.resolve(name)), now, command);
    }
}
