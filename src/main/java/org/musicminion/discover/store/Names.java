package org.musicminion.discover.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What people read where the JSON carries URNs: artists' usernames and tracks' titles and uploaders,
 * looked up by URN for the terminal's tables. A URN the index does not know is simply absent.
 */
public final class Names {
    private static final int CHUNK = 500; // below SQLite's bound-parameter limit

    /** A track as a person recognises it: its title and its uploader's name (either may be null). */
    public record TrackName(String title, String uploader) {
    }

    private Names() {}

    /** Username by artist URN, for those of {@code urns} the index knows. */
    public static Map<String, String> artists(Connection c, Collection<String> urns) throws SQLException {
        Map<String, String> out = new HashMap<>();
        for (List<String> part : chunks(urns)) {
            try (PreparedStatement ps = c.prepareStatement("SELECT urn, username FROM artists WHERE urn IN (" + marks(part.size()) + ")")) {
                for (int i = 0; i < part.size(); i++) ps.setString(i + 1, part.get(i));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) if (rs.getString(2) != null) out.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return out;
    }

    /** Title and uploader by track URN, for those of {@code urns} the index knows. */
    public static Map<String, TrackName> tracks(Connection c, Collection<String> urns) throws SQLException {
        Map<String, TrackName> out = new HashMap<>();
        for (List<String> part : chunks(urns)) {
            try (PreparedStatement ps = c.prepareStatement("SELECT urn, title, artist_name FROM tracks WHERE urn IN ("
                    + marks(part.size()) + ")")) {
                for (int i = 0; i < part.size(); i++) ps.setString(i + 1, part.get(i));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.put(rs.getString(1), new TrackName(rs.getString(2), rs.getString(3)));
                }
            }
        }
        return out;
    }

    private static List<List<String>> chunks(Collection<String> urns) {
        List<String> all = new ArrayList<>(new java.util.LinkedHashSet<>(urns));
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) out.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        return out;
    }

    private static String marks(int n) {
        return "?,".repeat(n).substring(0, 2 * n - 1);
    }
}
