package org.musicminion.discover.judge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrackRefTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', emptyValue = "", textBlock = """
            123                      | soundcloud:tracks:123
            007                      | soundcloud:tracks:7
            soundcloud:tracks:42     | soundcloud:tracks:42
            9223372036854775807      | soundcloud:tracks:9223372036854775807
            0                        | INVALID
            -5                       | INVALID
            +5                       | INVALID
            ''                       | INVALID
            99999999999999999999     | INVALID
            9223372036854775808      | INVALID
            soundcloud:tracks:0      | INVALID
            soundcloud:tracks:-1     | INVALID
            soundcloud:tracks:abc    | INVALID
            artist/track             | RESOLVE
            """)
    void parsesIdsAndUrnsAndRejectsWhatNoTrackIdIs(String input, String expected) {
        TrackRef r = TrackRef.parse(input);
        String got = r.invalid() ? "INVALID" : r.needsResolving() ? "RESOLVE" : r.urn();
        assertEquals(expected, got);
    }

    @org.junit.jupiter.api.Test
    void anOverLongInputIsInvalidAndShortened() {
        TrackRef r = TrackRef.parse("a/" + "b".repeat(5000));
        assertEquals(true, r.invalid());
        assertEquals(101, r.input().length());
    }
}
