package org.musicminion.discover.judge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.ValueSource;

class TrackRefTest {
    /** The rows UrnTest reads: an id or URN is known at once, a number that is no track id invalid, the rest resolved. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvFileSource(resources = "/track-inputs.csv", delimiter = '|', numLinesToSkip = 1)
    void parsesIdsAndUrnsAndRejectsWhatNoTrackIdIs(String input, String expected) {
        TrackRef r = TrackRef.parse(input);
        String got = r.invalid() ? "INVALID" : r.needsResolving() ? "OTHER" : r.urn();
        assertEquals(expected, got);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void anEmptyInputIsInvalid(String input) {
        assertTrue(TrackRef.parse(input).invalid());
    }

    @org.junit.jupiter.api.Test
    void anOverLongInputIsInvalidAndShortened() {
        TrackRef r = TrackRef.parse("a/" + "b".repeat(5000));
        assertEquals(true, r.invalid());
        assertEquals(101, r.input().length());
    }
}
