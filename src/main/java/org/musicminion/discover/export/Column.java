package org.musicminion.discover.export;

import java.util.function.Function;

/**
 * One typed column of an exported table: its name, its {@link Type} and how a row gives its value (null: missing).
 * Values by type: {@code STRING} a String, {@code INT64} a Number, {@code DOUBLE} a Number, {@code BOOLEAN} a Boolean,
 * {@code TIMESTAMP} epoch millis as a Number, {@code STRING_LIST} a List of String, {@code LINKS} a List of
 * {@link org.musicminion.discover.store.TrackExport.Link}.
 */
public record Column<R>(String name, Type type, Function<R, Object> value) {
    /** The column types every format writes. */
    public enum Type {
        STRING, INT64, DOUBLE, BOOLEAN, TIMESTAMP, STRING_LIST, LINKS
    }

    public static <R> Column<R> of(String name, Type type, Function<R, Object> value) {
        return new Column<>(name, type, value);
    }
}
