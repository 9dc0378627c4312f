package org.musicminion.discover.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.musicminion.discover.testing.JarProcess;
import org.musicminion.discover.testing.TestTerminal;

class SandboxCommandTest {
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "--rate, -1",
            "--error-rate, 1.5",
            "--hang-rate, 2",
            "--hang-s, -3",
            "--artists, 0",
            "--per-artist, 5000",
            "--pool, 3",
            "--latency-ms, -5",
            "--burst, 0",
            "--retry-after, -2",
            "--token-lifetime-s, 0",
            "--port, 70000",
    })
    void anOutOfRangeOptionIsAUsageErrorNamingIt(String option, String value) {
        JarProcess.Result r = new TestTerminal().run("sandbox", option, value);
        assertEquals(2, r.exitCode(), r.toString());
        assertTrue(r.stderr().contains(option), r.stderr());
        assertEquals("", r.stdout());
    }

    @Test
    void aPortInUseIsAUsageErrorNamingThePort() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            JarProcess.Result r = new TestTerminal().run("sandbox", "--port", Integer.toString(taken.getLocalPort()));
            assertEquals(2, r.exitCode(), r.toString());
            assertTrue(r.stderr().contains("--port " + taken.getLocalPort()) && r.stderr().contains("in use"), r.stderr());
        }
    }

    @Test
    void aValueThatIsNotANumberIsAUsageError() {
        JarProcess.Result r = new TestTerminal().run("sandbox", "--rate", "fast");
        assertEquals(2, r.exitCode(), r.toString());
        assertTrue(r.stderr().contains("--rate"), r.stderr());
    }
}
