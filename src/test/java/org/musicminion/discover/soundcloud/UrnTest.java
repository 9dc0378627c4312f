package org.musicminion.discover.soundcloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;
import org.musicminion.discover.Json;

/** The one reader and writer of SoundCloud URNs: what each input shape becomes, and what is none. */
class UrnTest {
    @Test
    void writesTheUrnOfEachKind() {
        assertEquals("soundcloud:tracks:123", Urn.track(123).toString());
        assertEquals("soundcloud:users:7", Urn.user(7).toString());
        assertEquals("soundcloud:playlists:5", Urn.playlist(5).toString());
        assertEquals("track", Urn.Kind.TRACK.word());
        assertEquals("tracks", Urn.Kind.TRACK.collection());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', emptyValue = "", textBlock = """
            soundcloud:tracks:42                      | soundcloud:tracks:42
            soundcloud:users:9223372036854775807      | soundcloud:users:9223372036854775807
            soundcloud:playlists:0                    | soundcloud:playlists:0
            soundcloud:tracks:9223372036854775808     | NONE
            soundcloud:tracks:99999999999999999999999 | NONE
            soundcloud:tracks:-1                      | NONE
            soundcloud:tracks:                        | NONE
            soundcloud:comments:1                     | NONE
            SOUNDCLOUD:TRACKS:1                       | NONE
            ' soundcloud:tracks:1'                    | NONE
            42                                        | NONE
            https://soundcloud.com/a/b                | NONE
            ''                                        | NONE
            """)
    void parsesExactlyAUrn(String input, String expected) {
        Urn u = Urn.parse(input);
        assertEquals(expected, u == null ? "NONE" : u.toString());
    }

    /** The rows TrackRefTest reads too: judge's TRACK argument is what Urn says it is. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvFileSource(resources = "/track-inputs.csv", delimiter = '|', numLinesToSkip = 1)
    void aTrackInputIsAnIdOrAUrnOrSomethingElse(String input, String expected) {
        Urn u = Urn.trackOf(input);
        String got = !Urn.looksLikeTrack(input) ? "OTHER" : u == null ? "INVALID" : u.toString();
        assertEquals(expected, got);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', emptyValue = "", textBlock = """
            soundcloud:users:7       | soundcloud:users:7
            '  7 '                   | soundcloud:users:7
            007                      | soundcloud:users:7
            999999999999999999       | soundcloud:users:999999999999999999
            9999999999999999999      | NONE
            soundcloud:tracks:7      | NONE
            -7                       | NONE
            someone                  | NONE
            ''                       | NONE
            """)
    void aUserInputIsAUrnOrAnId(String input, String expected) {
        Urn u = Urn.userOf(input);
        assertEquals(expected, u == null ? "NONE" : u.toString());
    }

    @Test
    void readsAUrnOrANumericIdFromTheLocation() {
        assertEquals(Urn.track(123), Urn.fromLocation("https://api.soundcloud.com/tracks/soundcloud:tracks:123"));
        assertEquals(Urn.track(456), Urn.fromLocation("https://api.soundcloud.com/tracks/456?secret_token=s-x"));
        assertEquals(Urn.user(9), Urn.fromLocation("https://api.soundcloud.com/users/9"));
        assertEquals(Urn.user(9), Urn.fromLocation("/users/soundcloud%3Ausers%3A9"));
        assertEquals(Urn.playlist(5), Urn.fromLocation("https://api.soundcloud.com/playlists/soundcloud:playlists:5"));
        assertEquals(Urn.track(8), Urn.fromLocation("https://api.soundcloud.com/TRACKS/8/"));
    }

    @Test
    void aLocationThatNamesNoResourceGivesNothing() {
        assertNull(Urn.fromLocation("https://soundcloud.com/artist/track"));
        assertNull(Urn.fromLocation("https://api.soundcloud.com/tracks/99999999999999999999"));
        assertNull(Urn.fromLocation(null));
    }

    @Test
    void readsABodyByUrnOrByKindAndId() throws Exception {
        assertEquals(Urn.track(7), Urn.fromJson(Json.MAPPER.readTree("{\"urn\":\"soundcloud:tracks:7\",\"kind\":\"track\"}")));
        assertEquals(Urn.user(8), Urn.fromJson(Json.MAPPER.readTree("{\"kind\":\"user\",\"id\":8}")));
        assertEquals(Urn.playlist(8), Urn.fromJson(Json.MAPPER.readTree("{\"kind\":\"playlist\",\"id\":\"8\"}")));
        assertEquals(Urn.user(8), Urn.fromJson(Json.MAPPER.readTree(
                "{\"urn\":\"soundcloud:users:99999999999999999999\",\"kind\":\"user\",\"id\":8}")), "an over-long URN falls back to kind and id");
        assertNull(Urn.fromJson(Json.MAPPER.readTree("{\"kind\":\"comment\",\"id\":8}")));
        assertNull(Urn.fromJson(Json.MAPPER.readTree("{\"kind\":\"track\",\"id\":\"eight\"}")));
        assertNull(Urn.fromJson(Json.MAPPER.readTree("[1]")));
    }

    @Test
    void aListItemIsKeyedByItsUrnOrKindAndIdOrWhatItWraps() throws Exception {
        assertEquals("soundcloud:tracks:1", Urn.keyOf(Json.MAPPER.readTree("{\"urn\":\"soundcloud:tracks:1\",\"id\":2,\"kind\":\"track\"}")));
        assertEquals("soundcloud:tracks:2", Urn.keyOf(Json.MAPPER.readTree("{\"id\":2,\"kind\":\"track\"}")));
        assertEquals("soundcloud:tracks:3", Urn.keyOf(Json.MAPPER.readTree("{\"track\":{\"id\":3,\"kind\":\"track\"}}")));
        assertEquals("soundcloud:playlists:4", Urn.keyOf(Json.MAPPER.readTree("{\"playlist\":{\"urn\":\"soundcloud:playlists:4\"}}")));
        assertNull(Urn.keyOf(Json.MAPPER.readTree("{\"id\":2}")));
    }

    @Test
    void aReposterIsAUserUrnWithANonNegativeId() {
        assertEquals(7L, Urn.userIdOf("soundcloud:users:7"));
        assertNull(Urn.userIdOf("soundcloud:users:-7"));
        assertNull(Urn.userIdOf("soundcloud:tracks:7"));
        assertNull(Urn.userIdOf("soundcloud:users:x"));
    }

    @Test
    void theKindOfAWord() {
        assertEquals(Urn.Kind.PLAYLIST, Urn.Kind.ofWord("playlist"));
        assertNull(Urn.Kind.ofWord("playlists"));
        assertTrue(Urn.looksLikeTrack("soundcloud:tracks:x"));
        assertFalse(Urn.looksLikeTrack("soundcloud:users:1"));
    }
}
