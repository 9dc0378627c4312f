package org.musicminion.discover.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InputNormalizerTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "INVALID", textBlock = """
            https://soundcloud.com/artist/track                 | https://soundcloud.com/artist/track
            http://soundcloud.com/artist/track                  | https://soundcloud.com/artist/track
            https://www.soundcloud.com/artist/track             | https://soundcloud.com/artist/track
            https://m.soundcloud.com/artist/track               | https://soundcloud.com/artist/track
            HTTPS://SoundCloud.com/artist/track                 | https://soundcloud.com/artist/track
            https://soundcloud.com/artist/track/                | https://soundcloud.com/artist/track
            https://soundcloud.com/artist/track?si=abc&utm_source=x | https://soundcloud.com/artist/track
            https://soundcloud.com/artist/track#t=1:23          | https://soundcloud.com/artist/track
            https://soundcloud.com/artist/track/?in=x/sets/y#c  | https://soundcloud.com/artist/track
            soundcloud.com/artist/track                         | https://soundcloud.com/artist/track
            www.soundcloud.com/artist                           | https://soundcloud.com/artist
            artist/track                                        | https://soundcloud.com/artist/track
            artist/track/                                       | https://soundcloud.com/artist/track
            artist                                              | https://soundcloud.com/artist
            https://soundcloud.com/artist                       | https://soundcloud.com/artist
            https://soundcloud.com/artist/sets/my-list          | https://soundcloud.com/artist/sets/my-list
            https://soundcloud.com/artist/track/s-AbC123        | https://soundcloud.com/artist/track/s-AbC123
            '  artist/track  '                                  | https://soundcloud.com/artist/track
            https://on.soundcloud.com/AbCd123                   | https://on.soundcloud.com/AbCd123
            on.soundcloud.com/AbCd123?si=x                      | https://on.soundcloud.com/AbCd123
            https://example.com/artist/track                    | INVALID
            example.com/artist/track                            | INVALID
            ftp://soundcloud.com/artist/track                   | INVALID
            https://soundcloud.com/                             | INVALID
            https://soundcloud.com                              | INVALID
            https://soundcloud.com/discover                     | INVALID
            https://soundcloud.com/search?q=x                   | INVALID
            https://soundcloud.com/a/b/c                        | INVALID
            https://api.soundcloud.com/tracks/123               | INVALID
            artist/track name                                   | INVALID
            artist/tr@ck                                        | INVALID
            not a url                                           | INVALID
            https://on.soundcloud.com/                          | INVALID
            """)
    void normalizesWhatUsersPaste(String input, String expected) {
        assertEquals(expected, InputNormalizer.normalize(input).url());
    }

    @org.junit.jupiter.api.Test
    void anInputLongerThanAnySoundCloudUrlIsInvalidAndEchoedShortened() {
        String justFits = "a/" + "b".repeat(InputNormalizer.MAX_INPUT_CHARS - 2);
        assertEquals("https://soundcloud.com/" + justFits, InputNormalizer.normalize(justFits).url());
        NormalizedInput tooLong = InputNormalizer.normalize(justFits + "b");
        assertEquals(null, tooLong.url());
        assertEquals("a/" + "b".repeat(98) + "…", tooLong.input());
    }
}
