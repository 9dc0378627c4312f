package org.musicminion.discover;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import org.musicminion.discover.text.JsonEscapes;

/**
 * JSON text for plain values (records, maps, lists, strings, numbers, booleans, enums, null) with
 * Jackson's streaming generator only; records through {@link RecordJson}. Printing a command's result this way never builds the
 * databind {@link Json#MAPPER}, whose set-up costs a short command most of its start-up (~450
 * classes; see docs/performance.md). Anything else falls back to the mapper. The text equals what
 * the mapper writes for the same value. Thread-safe.
 */
public final class JsonStream {
    /** A factory of its own (taking the mapper's would build the mapper), with the same {@link JsonEscapes}. */
    public static final JsonFactory FACTORY = new JsonFactory().setCharacterEscapes(JsonEscapes.INSTANCE);

    private JsonStream() {}

    /**
     * Sets up what writing values of {@code type} will need (the generator's classes, the record's components and
     * names), for a warm-up thread while a command is still starting: the first value then writes at once.
     */
    public static void prepare(Class<? extends Record> type) {
        RecordJson.prepare(type);
        try {
            toString(List.of(0L, "", true), false);
        } catch (IOException impossible) {
            // a StringWriter does not fail
        }
    }

    /** {@code value} as compact JSON, or indented like the mapper's INDENT_OUTPUT when {@code pretty}. */
    public static String toString(Object value, boolean pretty) throws IOException {
        StringWriter text = new StringWriter(256);
        try (JsonGenerator g = FACTORY.createGenerator(text)) {
            if (pretty) g.useDefaultPrettyPrinter();
            write(g, value);
        }
        return text.toString();
    }

    /** True when {@link #write} writes all of {@code v} itself (no mapper). */
    public static boolean plain(Object v) {
        if (v == null || v instanceof String || v instanceof Number || v instanceof Boolean) {
            return v == null || !(v instanceof Number) || v instanceof Integer || v instanceof Long || v instanceof Short
                    || v instanceof Byte || v instanceof Double || v instanceof Float;
        }
        if (v instanceof Enum<?>) return true;
        if (v instanceof Record r) return RecordJson.plain(r);
        if (v instanceof Map<?, ?> m) return m.values().stream().allMatch(JsonStream::plain);
        if (v instanceof Collection<?> c) return c.stream().allMatch(JsonStream::plain);
        return false;
    }

    /** Writes one value; values it does not know are written by the databind mapper. */
    public static void write(JsonGenerator g, Object v) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof String s) {
            g.writeString(s);
        } else if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            g.writeNumber(((Number) v).longValue());
        } else if (v instanceof Double d) {
            g.writeNumber(d);
        } else if (v instanceof Float f) {
            g.writeNumber(f);
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v instanceof Record r) {
            RecordJson.write(g, r);
        } else if (v instanceof Enum<?> e) {
            write(g, RecordJson.enumValue(e));
        } else if (v instanceof Map<?, ?> m) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                write(g, e.getValue());
            }
            g.writeEndObject();
        } else if (v instanceof Collection<?> c) {
            g.writeStartArray();
            for (Object o : c) write(g, o);
            g.writeEndArray();
        } else {
            g.writeRawValue(Json.MAPPER.writeValueAsString(v)); // JsonNode, …: the mapper knows them
        }
    }
}
