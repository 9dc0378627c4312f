package org.musicminion.discover;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.musicminion.discover.text.JsonEscapes;

/**
 * The one shared Jackson mapper (thread-safe once configured; it writes {@link JsonEscapes}) and the
 * one way a record's camelCase components become the wire's snake_case names ({@link #WIRE_NAMES}),
 * used by the mapper and by {@link JsonStream} alike.
 */
public final class Json {
    /** The wire's names of record components and properties ({@link WireNames}). */
    public static final PropertyNamingStrategies.NamingBase WIRE_NAMES = WireNames.INSTANCE;

    public static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .setSerializationInclusion(JsonInclude.Include.ALWAYS)
            .setPropertyNamingStrategy(WIRE_NAMES);

    static {
        MAPPER.getFactory().setCharacterEscapes(JsonEscapes.INSTANCE); // C1 and bidi controls escaped too
    }

    private Json() {}

    /** The wire name of a record component or property called {@code name}. */
    public static String wireName(String name) {
        return WireNames.INSTANCE.translate(name);
    }
}
