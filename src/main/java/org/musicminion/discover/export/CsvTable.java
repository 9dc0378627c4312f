package org.musicminion.discover.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import org.musicminion.discover.Json;

/**
 * A header, then one row a line ({@link Csv}); timestamps ISO-8601 UTC, a list of URNs joined by spaces, source links
 * as a JSON array in one field, a missing value empty.
 */
final class CsvTable<R> implements TableWriter<R> {
    private final Writer out;
    private final List<Column<R>> columns;

    CsvTable(Writer out, List<Column<R>> columns) throws IOException {
        this.out = out;
        this.columns = columns;
        Csv.row(out, columns.stream().map(Column::name).toList());
    }

    @Override
    public void write(R row) throws IOException {
        List<String> fields = new ArrayList<>(columns.size());
        for (Column<R> c : columns) fields.add(text(c.type(), c.value().apply(row)));
        Csv.row(out, fields);
    }

    private static String text(Column.Type type, Object v) throws IOException {
        if (v == null) return "";
        return switch (type) {
            case STRING_LIST -> String.join(" ", ((List<?>) v).stream().map(String::valueOf).toList());
            case LINKS -> Json.MAPPER.writeValueAsString(NdjsonTable.json(type, v));
            default -> String.valueOf(NdjsonTable.json(type, v));
        };
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
