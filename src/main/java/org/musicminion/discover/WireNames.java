package org.musicminion.discover;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;

/**
 * How a record's camelCase components become the wire's snake_case names: Jackson's SNAKE_CASE, plus an
 * underscore where a letter meets a digit, so {@code precisionAt20} and {@code perDay7d} are written
 * {@code precision_at_20} and {@code per_day_7d} (SNAKE_CASE alone gives {@code precision_at20}). The one
 * naming of {@link Json#MAPPER} and {@link RecordJson} alike. A class of its own: reaching it through
 * {@link Json} would build the databind mapper, which a short command printing records never needs.
 */
final class WireNames extends PropertyNamingStrategies.NamingBase {
    private static final long serialVersionUID = 1L;
    static final WireNames INSTANCE = new WireNames();
    private static final PropertyNamingStrategies.NamingBase SNAKE =
            (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;

    private WireNames() {}

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
