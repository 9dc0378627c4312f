package org.musicminion.discover.export;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.musicminion.discover.Json;
import org.musicminion.discover.store.TrackExport;

/** One JSON object a line; timestamps as ISO-8601 UTC, lists as arrays, source links as objects. */
final class NdjsonTable<R> implements TableWriter<R> {
    private final Writer out;
    private final List<Column<R>> columns;

    NdjsonTable(Writer out, List<Column<R>> columns) {
        this.out = out;
        this.columns = columns;
    }

    @Override
    public void write(R row) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Column<R> c : columns) m.put(c.name(), json(c.type(), c.value().apply(row)));
        out.write(Json.MAPPER.writeValueAsString(m));
        out.write('\n');
    }

    static Object json(Column.Type type, Object v) {
        if (v == null) return null;
        return switch (type) {
            case TIMESTAMP -> Instant.ofEpochMilli(((Number) v).longValue()).toString();
            case LINKS -> {
                List<Map<String, Object>> links = new ArrayList<>();
                for (Object o : (List<?>) v) {
                    TrackExport.Link l = (TrackExport.Link) o;
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("kind", l.kind().toString());
                    m.put("artist_urn", l.artistUrn());
                    m.put("at", Instant.ofEpochMilli(l.at()).toString());
                    m.put("exact", l.exact());
                    links.add(m);
                }
                yield links;
            }
            default -> v;
        };
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
