package org.musicminion.discover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicminion.discover.ExitCode;
import org.musicminion.discover.testing.JarProcess;
import org.musicminion.discover.testing.TestTerminal;

/** Every closed set of option values is a picocli enum: completion offers the words, a wrong word is exit 2 naming them. */
class EnumOptionsTest {
    @TempDir
    Path dir;

    private JarProcess.Result cli(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return new TestTerminal().run(all);
    }

    @Test
    void completionOffersTheWordsOfEveryClosedSet() {
        String script = cli("completion").stdout();
        for (String words : new String[] {
                "(\"liked\" \"not_interested\" \"not_quite\" \"clear\")", // judge --as
                "(\"liked\" \"not_interested\" \"not_quite\")",       // tracks --judgment
                "(\"reposts\" \"recent\")",                       // tracks --sort
                "(\"ndjson\" \"csv\")",                           // tracks --format
                "(\"repost\" \"like\" \"upload\" \"related\")",                   // tracks --source
                "(\"hit_rate\" \"activity\" \"tracks\")"}) {          // artists --sort
            assertTrue(script.contains(words), "completion lacks '" + words + "'");
        }
    }

    @Test
    void aWrongWordIsAUsageErrorThatNamesTheValidOnes() {
        JarProcess.Result as = cli("judge", "--as", "loved", "1");
        assertEquals(ExitCode.USAGE, as.exitCode(), as.toString());
        assertTrue(as.stderr().contains("liked, not_interested, not_quite, clear"), as.stderr());
        JarProcess.Result sort = cli("tracks", "--sort", "best");
        assertEquals(ExitCode.USAGE, sort.exitCode(), sort.toString());
        assertTrue(sort.stderr().contains("reposts, recent"), sort.stderr());
    }

    @Test
    void theWordsAreTheOnesJsonPrints() {
        assertEquals(ExitCode.OK, cli("judge", "--as", "not_quite", "soundcloud:tracks:5").exitCode());
        JarProcess.Result r = cli("tracks", "--judgment", "not_quite", "--format", "ndjson", "--sort", "reposts");
        assertEquals(ExitCode.OK, r.exitCode(), r.toString());
    }
}
