package org.musicminion.discover.store;

import java.util.List;

/**
 * The database schema as forward-only migrations: migration i (0-based) takes
 * {@code PRAGMA user_version} from i to i+1. Never edit a released migration; append a new one.
 * Times are epoch milliseconds (INTEGER), URNs are SoundCloud URN strings.
 */
final class Schema {
    private Schema() {}

    static final List<String> MIGRATIONS = List.of(
            // v1: the index, judgments, resolve cache and sync runs
            """
            CREATE TABLE artists (
              urn TEXT PRIMARY KEY,
              id INTEGER,
              username TEXT,
              permalink_url TEXT,
              followed INTEGER NOT NULL DEFAULT 1,
              first_seen INTEGER NOT NULL,
              last_checked_at INTEGER,
              last_new_at INTEGER,
              check_interval_hours REAL,
              next_check_at INTEGER
            );
            CREATE TABLE tracks (
              urn TEXT PRIMARY KEY,
              id INTEGER NOT NULL UNIQUE,
              title TEXT,
              artist_urn TEXT,
              artist_name TEXT,
              permalink_url TEXT,
              duration_ms INTEGER,
              created_at TEXT,
              first_seen INTEGER NOT NULL,
              last_seen INTEGER NOT NULL
            );
            CREATE INDEX tracks_first_seen ON tracks(first_seen);
            CREATE TABLE track_sources (
              track_urn TEXT NOT NULL,
              artist_urn TEXT NOT NULL,
              kind TEXT NOT NULL CHECK (kind IN ('repost', 'like')),
              first_seen INTEGER NOT NULL,
              PRIMARY KEY (track_urn, artist_urn, kind)
            ) WITHOUT ROWID;
            CREATE INDEX track_sources_by_artist ON track_sources(artist_urn, kind, first_seen);
            CREATE TABLE judgments (
              track_urn TEXT PRIMARY KEY,
              value TEXT NOT NULL CHECK (value IN ('liked', 'not_interested', 'not_quite')),
              origin TEXT NOT NULL CHECK (origin IN ('local', 'soundcloud')),
              judged_at INTEGER NOT NULL
            );
            CREATE TABLE resolve_answers (
              input TEXT PRIMARY KEY,
              status TEXT NOT NULL CHECK (status IN ('resolved', 'not_found')),
              kind TEXT,
              id INTEGER,
              urn TEXT,
              answered_at INTEGER NOT NULL
            );
            CREATE TABLE sync_runs (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              started_at INTEGER NOT NULL,
              finished_at INTEGER,
              outcome TEXT,
              requests INTEGER,
              tracks_new INTEGER,
              summary TEXT,
              error TEXT
            );
            CREATE INDEX sync_runs_started ON sync_runs(started_at);
            CREATE TABLE meta (
              key TEXT PRIMARY KEY,
              value TEXT
            );
            """,
            // v2 (feed sync): each source link keeps its time `at` (epoch millis) and whether it is exact (the
            // stream's created_at) or observed (when a sweep first saw it); a third kind, upload (a followed artist's
            // own track, from the stream). SQLite cannot change a CHECK, so the table is rebuilt; existing links
            // keep their rows with at = first_seen, observed (a trigger does the same for a row inserted without a time).
            // The stream's checkpoint lives in feed_state.
            """
            CREATE TABLE track_sources_v2 (
              track_urn TEXT NOT NULL,
              artist_urn TEXT NOT NULL,
              kind TEXT NOT NULL CHECK (kind IN ('repost', 'like', 'upload')),
              first_seen INTEGER NOT NULL,
              at INTEGER,
              exact INTEGER NOT NULL DEFAULT 0 CHECK (exact IN (0, 1)),
              PRIMARY KEY (track_urn, artist_urn, kind)
            ) WITHOUT ROWID;
            INSERT INTO track_sources_v2(track_urn, artist_urn, kind, first_seen, at, exact)
              SELECT track_urn, artist_urn, kind, first_seen, first_seen, 0 FROM track_sources;
            DROP TABLE track_sources;
            ALTER TABLE track_sources_v2 RENAME TO track_sources;
            CREATE INDEX track_sources_by_artist ON track_sources(artist_urn, kind, first_seen);
            CREATE TRIGGER track_sources_at_default AFTER INSERT ON track_sources WHEN NEW.at IS NULL BEGIN UPDATE track_sources SET at = NEW.first_seen WHERE track_urn = NEW.track_urn AND artist_urn = NEW.artist_urn AND kind = NEW.kind; END;
            CREATE TABLE feed_state (
              id INTEGER PRIMARY KEY CHECK (id = 1),
              checkpoint INTEGER,
              updated_at INTEGER NOT NULL
            );
            """,
            // v3 (ranking): a track's genre as SoundCloud gives it (free text; null when not given), a feature of the
            // keep model
            """
            ALTER TABLE tracks ADD COLUMN genre TEXT;
            """,
            // v4 (feed sync): when each artist's reposts list was last read completely, by a full check or by the
            // reposts-only sweep that bounds what the stream thinned away (sync.sweep_interval_hours); an artist
            // checked before takes its last check
            """
            ALTER TABLE artists ADD COLUMN reposts_swept_at INTEGER;
            UPDATE artists SET reposts_swept_at = last_checked_at;
            """,
            // v5 (Music Minion): a third judgment origin, music-minion (the player's verdicts, imported read-only from its
            // database); SQLite cannot change a CHECK, so the table is rebuilt with its rows. The player's skips are kept
            // as an implicit signal the ranking may read (never a verdict): one row per skip Music Minion recorded.
            """
            CREATE TABLE judgments_v5 (
              track_urn TEXT PRIMARY KEY,
              value TEXT NOT NULL CHECK (value IN ('liked', 'not_interested', 'not_quite')),
              origin TEXT NOT NULL CHECK (origin IN ('local', 'soundcloud', 'music-minion')),
              judged_at INTEGER NOT NULL
            );
            INSERT INTO judgments_v5(track_urn, value, origin, judged_at) SELECT track_urn, value, origin, judged_at FROM judgments;
            DROP TABLE judgments;
            ALTER TABLE judgments_v5 RENAME TO judgments;
            CREATE TABLE player_skips (
              track_urn TEXT NOT NULL,
              skipped_at INTEGER NOT NULL,
              PRIMARY KEY (track_urn, skipped_at)
            ) WITHOUT ROWID;
            """,
            // v6 (unfollow): when the listener stopped following an artist (with `unfollow`, or as sync found it gone); the
            // index keeps the artist and their history, and `artists` shows them as no longer followed
            """
            ALTER TABLE artists ADD COLUMN unfollowed_at INTEGER;
            """,
            // v7 (issue 22): a local `judge --as clear` is the listener's word like any local verdict: kept as a
            // tombstone, so sync's import does not bring back the judgment it cleared (until a new local verdict)
            """
            CREATE TABLE judgment_clears (
              track_urn TEXT PRIMARY KEY,
              cleared_at INTEGER NOT NULL
            ) WITHOUT ROWID;
            """,
            // v8 (related source): a fourth link kind, related (SoundCloud's related tracks of a track the listener liked,
            // sync.related); for it artist_urn holds that liked track's URN (the seed). The table is rebuilt for the CHECK,
            // its rows, index and time trigger as they were.
            """
            CREATE TABLE track_sources_v8 (
              track_urn TEXT NOT NULL,
              artist_urn TEXT NOT NULL,
              kind TEXT NOT NULL CHECK (kind IN ('repost', 'like', 'upload', 'related')),
              first_seen INTEGER NOT NULL,
              at INTEGER,
              exact INTEGER NOT NULL DEFAULT 0 CHECK (exact IN (0, 1)),
              PRIMARY KEY (track_urn, artist_urn, kind)
            ) WITHOUT ROWID;
            INSERT INTO track_sources_v8(track_urn, artist_urn, kind, first_seen, at, exact)
              SELECT track_urn, artist_urn, kind, first_seen, at, exact FROM track_sources;
            DROP TABLE track_sources;
            ALTER TABLE track_sources_v8 RENAME TO track_sources;
            CREATE INDEX track_sources_by_artist ON track_sources(artist_urn, kind, first_seen);
            CREATE TRIGGER track_sources_at_default AFTER INSERT ON track_sources WHEN NEW.at IS NULL BEGIN UPDATE track_sources SET at = NEW.first_seen WHERE track_urn = NEW.track_urn AND artist_urn = NEW.artist_urn AND kind = NEW.kind; END;
            """,
            // v9 (issue 22, the write budget): verdicts waiting to be written to SoundCloud (one row per track, the last
            // verdict wins; id changes with each verdict, so a sender marks done only what it sent), what each write
            // request sent when (the rolling day's budget, counted before the request goes out), and playlist pushes the
            // budget deferred to a later sync
            """
            CREATE TABLE remote_verdicts (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              track_urn TEXT NOT NULL UNIQUE,
              verdict TEXT NOT NULL CHECK (verdict IN ('liked', 'not_interested', 'not_quite', 'clear')),
              queued_at INTEGER NOT NULL,
              like_done INTEGER NOT NULL CHECK (like_done IN (0, 1)),
              playlists_done INTEGER NOT NULL DEFAULT 0 CHECK (playlists_done IN (0, 1))
            );
            CREATE TABLE remote_sends (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              at INTEGER NOT NULL,
              what TEXT NOT NULL
            );
            CREATE INDEX remote_sends_at ON remote_sends(at);
            CREATE TABLE deferred_pushes (
              playlist TEXT PRIMARY KEY,
              deferred_at INTEGER NOT NULL
            ) WITHOUT ROWID;
            """);

    static int latestVersion() {
        return MIGRATIONS.size();
    }
}
