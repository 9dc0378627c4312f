package org.musicminion.discover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.musicminion.discover.testing.JarProcess;

class CliFrameIT {
    @Test
    void unknownCommandIsAUsageErrorWithExit2() throws Exception {
        var r = JarProcess.of("no-such-command").run();
        assertEquals(2, r.exitCode(), r.toString());
        assertTrue(r.stderr().contains("no-such-command"), r.toString());
        assertEquals("", r.stdout());
    }

    @Test
    void versionPrintsTheProjectVersion() throws Exception {
        var r = JarProcess.of("--version").run();
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.stdout().startsWith("minion-discover "), r.toString());
    }

    @Test
    void completionPrintsABashScript() throws Exception {
        var r = JarProcess.of("completion").run();
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.stdout().contains("complete -F"), r.stdout());
    }
}
