package org.musicminion.discover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.musicminion.discover.sandbox.World;
import org.musicminion.discover.sandbox.zoo.ListenerZoo;
import org.musicminion.discover.testing.JarProcess;
import org.musicminion.discover.testing.TestTerminal;

import picocli.CommandLine;

/** {@code --listener NAME} of {@code sandbox} and {@code demo}: the zoo's members by name. */
class ListenerOptionTest {
    @Test
    void theSandboxIsShapedAsTheNamedListenersWorld() {
        SandboxCommand plain = new SandboxCommand();
        new CommandLine(plain).parseArgs();
        assertEquals(World.PLAIN, plain.options().world());
        SandboxCommand flood = new SandboxCommand();
        new CommandLine(flood).parseArgs("--listener", "promo-flood");
        assertEquals(ListenerZoo.byName("promo-flood").orElseThrow().world(), flood.options().world());
        assertEquals(4, flood.options().world().rings());
    }

    @ParameterizedTest
    @ValueSource(strings = {"sandbox", "demo"})
    void anUnknownListenerIsAUsageErrorNamingTheZoo(String command) {
        JarProcess.Result r = new TestTerminal().run(command, "--listener", "nobody");
        assertEquals(2, r.exitCode(), r.toString());
        assertTrue(r.stderr().contains("--listener 'nobody'") && r.stderr().contains(String.join(", ", ListenerZoo.names())), r.stderr());
        assertEquals("", r.stdout());
    }
}
