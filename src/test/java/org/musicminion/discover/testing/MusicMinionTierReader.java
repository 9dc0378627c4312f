package org.musicminion.discover.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads an {@code artist_tiers.csv} exactly as Music Minion's {@code seed_artists_from_csv} does (its
 * discovery queries module, main, June 2026): {@code csv.DictReader} over the UTF-8 file (header row names the
 * fields; excel dialect: comma, double quote, doubled quotes, any line ending); sorted by
 * {@code (tier priority S=1..D=5 else 6, -hit_rate)} (a stable sort); rank = position from 1; a row whose
 * {@code artist_slug.strip()} is empty is skipped; {@code tier.strip()}; {@code hit_rate} by {@code float()},
 * {@code total_tracks}, {@code liked}, {@code not_interested}, {@code not_quite} by {@code int()}, each falling back to
 * 0 on an error; {@code tracks_dismissed = not_interested + not_quite}; {@code in_top_200} 1 only for
 * {@code "True"} after strip. Where Python would have fallen back to 0 on an error, {@link #fallbacks} says so, so
 * a test can insist the file never relies on it.
 */
public final class MusicMinionTierReader {
    private static final Map<String, Integer> TIER_PRIORITY = Map.of("S", 1, "A", 2, "B", 3, "C", 4, "D", 5);
    private static final Pattern PY_INT = Pattern.compile("[+-]?\\d+");
    private static final Pattern PY_FLOAT = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?|[+-]?(inf|infinity|nan)",
            Pattern.CASE_INSENSITIVE);

    /** One row of discovery_artists as the seed inserts it. */
    public record Seeded(String slug, String tier, double hitRate, int ranking, int tracksSeen, int tracksLiked, int tracksDismissed,
                         int inTop200) {
    }

    public final List<String> fallbacks = new ArrayList<>();
    public List<String> fieldnames = List.of();

    public List<Seeded> read(Path csv) throws IOException {
        List<List<String>> table = parse(Files.readString(csv, StandardCharsets.UTF_8));
        List<Map<String, String>> rows = new ArrayList<>();
        if (!table.isEmpty()) {
            fieldnames = table.get(0);
            for (List<String> r : table.subList(1, table.size())) {
                if (r.isEmpty()) continue; // DictReader skips rows with no fields
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < fieldnames.size(); i++) row.put(fieldnames.get(i), i < r.size() ? r.get(i) : null);
                rows.add(row);
            }
        }
        List<Map<String, String>> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparingInt((Map<String, String> r) -> TIER_PRIORITY.getOrDefault(get(r, "tier", "").strip(), 6))
                .thenComparingDouble(r -> -pyFloat(r, "hit_rate", false)));
        List<Seeded> out = new ArrayList<>();
        int rank = 0;
        for (Map<String, String> row : sorted) {
            rank++;
            String slug = get(row, "artist_slug", "").strip();
            if (slug.isEmpty()) continue;
            int ni = pyInt(row, "not_interested");
            int nq = pyInt(row, "not_quite");
            out.add(new Seeded(slug, get(row, "tier", "").strip(), pyFloat(row, "hit_rate", true), rank, pyInt(row, "total_tracks"),
                    pyInt(row, "liked"), ni + nq, get(row, "in_top_200", "").strip().equals("True") ? 1 : 0));
        }
        return out;
    }

    private static String get(Map<String, String> row, String key, String def) {
        return row.containsKey(key) ? row.get(key) : def;
    }

    /** {@code float(row.get(key, 0) or 0)}, 0.0 on ValueError. */
    private double pyFloat(Map<String, String> row, String key, boolean note) {
        String v = row.get(key);
        if (v == null || v.isEmpty()) return 0;
        String s = v.strip();
        if (!PY_FLOAT.matcher(s).matches()) {
            if (note) fallbacks.add(key + "=" + v);
            return 0;
        }
        String lower = s.toLowerCase(java.util.Locale.ROOT).replace("+", "");
        if (lower.endsWith("inf") || lower.endsWith("infinity")) return lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        if (lower.endsWith("nan")) return Double.NaN;
        return Double.parseDouble(s);
    }

    /** {@code int(row.get(key, 0) or 0)}, 0 on ValueError. */
    private int pyInt(Map<String, String> row, String key) {
        String v = row.get(key);
        if (v == null || v.isEmpty()) return 0;
        String s = v.strip();
        if (!PY_INT.matcher(s).matches()) {
            fallbacks.add(key + "=" + v);
            return 0;
        }
        return Integer.parseInt(s);
    }

    /** Python's csv reader, excel dialect. */
    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(ch);
                }
            } else if (ch == '"' && field.length() == 0 && !fieldStarted) {
                quoted = true;
                fieldStarted = true;
            } else if (ch == ',') {
                row.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                if (fieldStarted || field.length() > 0 || !row.isEmpty()) row.add(field.toString());
                rows.add(row);
                row = new ArrayList<>();
                field.setLength(0);
                fieldStarted = false;
            } else {
                field.append(ch);
                fieldStarted = true;
            }
        }
        if (fieldStarted || field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
