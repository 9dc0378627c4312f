package org.musicminion.discover.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;

/**
 * A Music Minion database built from the facts of its repository (issue 24): {@code tracks(id, source,
 * soundcloud_id, ...)} with the numeric id as text, {@code ratings(track_id, rating_type, timestamp)} with
 * archive / skip / like / love, {@code discovery_tracks(soundcloud_id UNIQUE, status)}, {@code schema_version};
 * WAL, as the player keeps it. {@link #without} drops a table or column to stand for an older database.
 */
public final class MusicMinionDb implements AutoCloseable {
    private final Path file;
    private final Connection c;
    private int nextTrack = 1;

    public MusicMinionDb(Path file) throws SQLException {
        this.file = file;
        c = DriverManager.getConnection("jdbc:sqlite:" + file);
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)");
            s.execute("INSERT INTO schema_version VALUES (42)");
            s.execute("""
                    CREATE TABLE tracks (id INTEGER PRIMARY KEY AUTOINCREMENT, local_path TEXT, title TEXT, artist TEXT,
                      source TEXT DEFAULT 'local', soundcloud_id TEXT, created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP)""");
            s.execute("""
                    CREATE TABLE ratings (id INTEGER PRIMARY KEY AUTOINCREMENT, track_id INTEGER NOT NULL REFERENCES tracks(id),
                      rating_type TEXT NOT NULL, timestamp TIMESTAMP DEFAULT CURRENT_TIMESTAMP, context TEXT)""");
            s.execute("""
                    CREATE TABLE discovery_tracks (id INTEGER PRIMARY KEY AUTOINCREMENT, soundcloud_id TEXT UNIQUE NOT NULL,
                      title TEXT, status TEXT NOT NULL DEFAULT 'unseen')""");
        }
    }

    public Path file() {
        return file;
    }

    public Connection connection() {
        return c;
    }

    /** A SoundCloud track in the player's library; returns its row id. */
    public int soundcloudTrack(long soundcloudId) throws SQLException {
        return track("soundcloud", String.valueOf(soundcloudId));
    }

    public int track(String source, String soundcloudId) throws SQLException {
        int id = nextTrack++;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO tracks(id, title, source, soundcloud_id) VALUES (?, ?, ?, ?)")) {
            ps.setInt(1, id);
            ps.setString(2, "track " + id);
            ps.setString(3, source);
            ps.setString(4, soundcloudId);
            ps.executeUpdate();
        }
        return id;
    }

    /** A rating at {@code timestamp} (SQLite's CURRENT_TIMESTAMP form, UTC). */
    public MusicMinionDb rate(int trackId, String ratingType, String timestamp) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO ratings(track_id, rating_type, timestamp) VALUES (?, ?, ?)")) {
            ps.setInt(1, trackId);
            ps.setString(2, ratingType);
            ps.setString(3, timestamp);
            ps.executeUpdate();
        }
        return this;
    }

    public MusicMinionDb discovery(long soundcloudId, String status) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO discovery_tracks(soundcloud_id, status) VALUES (?, ?)")) {
            ps.setString(1, String.valueOf(soundcloudId));
            ps.setString(2, status);
            ps.executeUpdate();
        }
        return this;
    }

    /** Drops a table ({@code "discovery_tracks"}) or a column ({@code "ratings.timestamp"}). */
    public MusicMinionDb without(String what) throws SQLException {
        try (Statement s = c.createStatement()) {
            if (what.contains(".")) {
                String[] tc = what.split("\\.");
                s.execute("ALTER TABLE " + tc[0] + " DROP COLUMN " + tc[1]);
            } else {
                s.execute("DROP TABLE " + what);
            }
        }
        return this;
    }

    /** Checkpoints and closes: the player has quit; the WAL is folded into the file. */
    @Override
    public void close() throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        c.close();
    }

    /** SHA-256 of a file's bytes (hex). */
    public static String sha256(Path f) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
    }
}
