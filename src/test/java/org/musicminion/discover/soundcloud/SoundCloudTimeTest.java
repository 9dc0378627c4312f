package org.musicminion.discover.soundcloud;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every date shape the three readers (stream items, stored created_at, a 429's reset_time) accepted before they shared one parser. */
class SoundCloudTimeTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', emptyValue = "", textBlock = """
            2020/10/12 12:03:00 +0000       | 2020-10-12T12:03:00Z
            2020/10/12 12:03:00 +0200       | 2020-10-12T10:03:00Z
            2020/10/12 12:03:00 +02:00      | 2020-10-12T10:03:00Z
            2020-10-12 12:03:00 +0000       | 2020-10-12T12:03:00Z
            2020-10-12 12:03:00 -01:00      | 2020-10-12T13:03:00Z
            2020-10-12T12:03:00Z            | 2020-10-12T12:03:00Z
            2020-10-12T12:03:00.250Z        | 2020-10-12T12:03:00.250Z
            2020-10-12T12:03:00+01:00       | 2020-10-12T11:03:00Z
            '  2020/10/12 12:03:00 +0000 '  | 2020-10-12T12:03:00Z
            12/10/2020                      | NONE
            2020/10/12 12:03:00             | NONE
            2020/13/12 12:03:00 +0000       | NONE
            yesterday                       | NONE
            ''                              | NONE
            """)
    void readsSoundCloudsFormatsAndIso(String text, String expected) {
        Instant at = SoundCloudTime.parse(text);
        assertEquals(expected, at == null ? "NONE" : at.toString());
    }
}
