package org.musicminion.discover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class InputLinesTest {
    private static List<String> read(List<String> args, String stdin, List<String> fields) {
        InputStream in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        List<String> out = new ArrayList<>();
        new InputLines(args, in, fields).forEachRemaining(out::add);
        return out;
    }

    @Test
    void argumentsInOrderWithDashStandingForStdinWhoseBlankLinesAreSkipped() {
        assertEquals(List.of("a", "x", "y", "b"), read(List.of(" a ", "-", "b"), "x\r\n\n  \ny", List.of()));
        assertEquals(List.of("x"), read(List.of(), "x\n", List.of()));
    }

    @Test
    void aBlankArgumentIsKeptSoItGetsItsOwnAnswer() {
        assertEquals(List.of("a", "", "b"), read(List.of("a", " ", "b"), "", List.of()));
    }

    @Test
    void anOverLongLineIsCutAndTheRestSkippedUpToTheNextLine() {
        var r = new InputLines.BoundedLineReader(new StringReader("ab" + "c".repeat(20_000) + "\r\nnext\nlast"), 5);
        assertEquals("abccc" + "c", r.readLine());
        assertEquals("next", r.readLine());
        assertEquals("last", r.readLine());
        assertEquals(null, r.readLine());
    }

    @Test
    void aJsonLineStandsForItsFirstPresentField() {
        String stdin = "{\"urn\":\"soundcloud:tracks:1\",\"id\":1}\n{\"urn\":null,\"id\":2}\n{\"title\":\"x\"}\n{not json}\n";
        assertEquals(List.of("soundcloud:tracks:1", "2", "{\"title\":\"x\"}", "{not json}"),
                read(List.of(), stdin, List.of("urn", "id")));
    }
}
