package org.musicminion.discover.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * CSV as RFC 4180 and Python's {@code csv} module read it: comma-separated, a field quoted (quotes doubled) only
 * when it holds a comma, a quote or a line break, rows ended by {@code \n}, UTF-8 without a byte-order mark (a BOM
 * would become part of the first column's name in {@code csv.DictReader}).
 */
public final class Csv {
    private Csv() {}

    public static void row(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) out.write(',');
            out.write(field(fields.get(i)));
        }
        out.write('\n');
    }

    static String field(String v) {
        if (v == null) return "";
        if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) return v;
        return '"' + v.replace("\"", "\"\"") + '"';
    }
}
