package org.musicminion.discover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Messages for people quote strangers (titles, usernames, stdin, server errors): no control character gets through. */
class OutputMessagesTest {
    @Test
    void controlCharactersInMessagesForPeopleAreEscaped() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        Output out = new Output(new PrintStream(new ByteArrayOutputStream()), e, Output.Form.JSON, Output.Verbosity.VERBOSE, false, false,
                80);
        String title = "Caf\u00e9\u001b[2J\rfake\u0007";
        out.info("top: " + title);
        out.warn("reposts of " + title + " not found");
        out.verbose("GET " + title);
        out.error("server said " + title);
        String esc = "Caf\u00e9\\x1b[2J\\rfake\\x07";
        assertEquals("top: " + esc + "\nwarning: reposts of " + esc + " not found\nGET " + esc + "\nminion-discover: server said "
                + esc + "\n", err.toString(StandardCharsets.UTF_8));
    }
}
