package org.musicminion.discover;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.musicminion.discover.text.JsonEscapes;

/** The one shared Jackson mapper (thread-safe once configured); it writes {@link JsonEscapes}. */
public final class Json {
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .setSerializationInclusion(JsonInclude.Include.ALWAYS);

    static {
        MAPPER.getFactory().setCharacterEscapes(JsonEscapes.INSTANCE); // C1 and bidi controls escaped too
    }

    private Json() {}
}
