package org.musicminion.discover;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Whole numbers read from a server's JSON, inside a stated range or not at all: {@code 1e30} or
 * {@code 1e400} (a double, or infinity) is out of range, never a wrapped or clamped long, so a
 * caller treats it as the field being absent (or the item as malformed). A fraction is not whole.
 * Stateless.
 */
public final class JsonNumbers {
    private JsonNumbers() {}

    /**
     * The value of {@code n} when it is a JSON number with no fraction within {@code [min, max]};
     * null when it is missing, null, text, fractional, infinite or out of the range.
     */
    public static Long whole(JsonNode n, long min, long max) {
        if (n == null || !n.isNumber()) return null;
        long v;
        if (n.isIntegralNumber()) {
            if (!n.canConvertToLong()) return null;
            v = n.longValue();
        } else {
            double d = n.doubleValue();
            // 2^63 is the first double past Long.MAX_VALUE; (long) d would clamp it
            if (!Double.isFinite(d) || d != Math.rint(d) || d >= 0x1p63 || d < -0x1p63) return null;
            if (n.isBigDecimal() && n.decimalValue().stripTrailingZeros().scale() > 0) return null;
            v = (long) d;
        }
        return v >= min && v <= max ? v : null;
    }
}
