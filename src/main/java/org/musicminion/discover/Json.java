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
    /**
     * Jackson's SNAKE_CASE, plus an underscore where a letter meets a digit, so {@code precisionAt20}
     * and {@code perDay7d} are written {@code precision_at_20} and {@code per_day_7d} (SNAKE_CASE alone
     * gives {@code precision_at20}).
     */
    public static final PropertyNamingStrategies.NamingBase WIRE_NAMES = new WireNames();

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
        return WIRE_NAMES.translate(name);
    }

    private static final class WireNames extends PropertyNamingStrategies.NamingBase {
        private static final long serialVersionUID = 1L;
        private static final PropertyNamingStrategies.NamingBase SNAKE =
                (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;

        @Override
        public String translate(String name) {
            String snake = SNAKE.translate(name);
            if (snake == null) return null;
            StringBuilder b = new StringBuilder(snake.length() + 4);
            for (int i = 0; i < snake.length(); i++) {
                char c = snake.charAt(i);
                if (i > 0 && Character.isDigit(c) && Character.isLetter(snake.charAt(i - 1))) b.append('_');
                b.append(c);
            }
            return b.toString();
        }
    }
}
