package org.musicminion.discover.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import com.fasterxml.jackson.databind.SerializationFeature;

import org.junit.jupiter.api.Test;
import org.musicminion.discover.Json;
import org.musicminion.discover.JsonStream;

/** Every JSON writer we have escapes C1 and bidi controls and DEL too, and the text still reads back exactly. */
class JsonEscapesTest {
    private static final String NASTY = "x\u009b1m\u202ey\u200f\u2066\u007f\u001b é ü 日本 😀";
    private static final String ESCAPED = "\"x\\u009B1m\\u202Ey\\u200F\\u2066\\u007F\\u001B é ü 日本 😀\"";

    @Test
    void theStreamingWriterTheMapperAndItsIndentingCopyEscapeTheSameCharacters() throws Exception {
        assertEquals(ESCAPED, JsonStream.toString(NASTY, false));
        assertEquals(ESCAPED, Json.MAPPER.writeValueAsString(NASTY));
        String pretty = Json.MAPPER.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(Map.of("t", NASTY));
        assertEquals("{\n  \"t\" : " + ESCAPED + "\n}", pretty.replace("\r\n", "\n"));
        assertEquals(NASTY, Json.MAPPER.readTree(JsonStream.toString(Map.of("t", NASTY), false)).get("t").asText());
        assertEquals(NASTY, Json.MAPPER.readValue(Json.MAPPER.writeValueAsBytes(NASTY), String.class), "the UTF-8 writer too");
    }
}
