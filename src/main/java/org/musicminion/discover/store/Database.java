package org.musicminion.discover.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

import org.musicminion.discover.ExitException;
import org.musicminion.discover.files.OwnerOnly;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The one SQLite database in the data dir: WAL, busy_timeout, every write transaction
 * {@code BEGIN IMMEDIATE}, schema version in {@code PRAGMA user_version} with forward migrations.
 * A file that is not a database, a damaged one, or one from a newer version is refused with exit 1
 * and never written. One connection: {@link #read}, {@link #write} and {@link #rehearse} take turns on it, so threads may share one Database.
 */
public final class Database implements AutoCloseable {
    public static final String FILE_NAME = "minion-discover.db";
    private static final byte[] HEADER = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final int BUSY_TIMEOUT_MS = 30_000;

    private final Path file;
    private final Connection conn;
    /** Set once SQLite called the file damaged: from then on nothing is written to it ("left untouched"). */
    private boolean damaged;

    private Database(Path file, Connection conn) {
        this.file = file;
        this.conn = conn;
    }

    /** Opens (creating if needed) {@code minion-discover.db} in {@code dataDir} and migrates it. */
    public static Database openIn(Path dataDir) {
        return open(dataDir.resolve(FILE_NAME));
    }

    public static Database open(Path file) {
        checkHeader(file);
        ownerOnly(file);
        Connection c = null;
        try {
            c = config().createConnection("jdbc:sqlite:" + file.toAbsolutePath());
            Database db = new Database(file, c);
            db.migrate();
            return db;
        } catch (SQLException e) {
            closeQuietly(c);
            throw failure(file, e);
        }
    }

    private static SQLiteConfig config() {
        SQLiteConfig cfg = new SQLiteConfig();
        cfg.setBusyTimeout(BUSY_TIMEOUT_MS);
        cfg.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        cfg.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        cfg.enforceForeignKeys(false);
        return cfg;
    }

    /**
     * Sets the SQLite driver up ahead of the first {@link #open}, for a background thread to call while the command
     * line is still being parsed: its native library loaded, its classes initialised (the date formats its config
     * builds read the locale data), a statement prepared and read, all on an in-memory database; the real open then
     * finds that done (together ~70 ms of a short command's CPU). Touches no file. Never throws: the real open reports
     * whatever is wrong.
     */
    public static void warmUp() {
        try (Connection c = config().createConnection("jdbc:sqlite::memory:");
                var st = c.prepareStatement("PRAGMA user_version");
                var rs = st.executeQuery()) {
            rs.next();
        } catch (SQLException | RuntimeException | LinkageError e) {
            // the real open meets it again and says what is wrong
        }
    }

    public Path file() {
        return file;
    }

    /**
     * Runs {@code work} in one {@code BEGIN IMMEDIATE} transaction: committed when it returns,
     * rolled back when it throws (the database is then exactly as before).
     */
    public synchronized <T> T write(SqlWork<T> work) {
        refuseIfDamaged();
        try {
            conn.setAutoCommit(false); // sqlite-jdbc issues BEGIN IMMEDIATE (TransactionMode.IMMEDIATE)
            T result;
            try {
                result = work.run(conn);
                conn.commit();
            } catch (Throwable t) {
                // SQLite may have rolled back already (SQLITE_FULL does): then rollback and the
                // autocommit switch fail with "no transaction is active"; the cause stays t
                try {
                    conn.rollback();
                } catch (SQLException suppressed) {
                    t.addSuppressed(suppressed);
                }
                autocommitAfterFailure(t);
                throw t;
            }
            conn.setAutoCommit(true);
            return result;
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Back to autocommit after {@code cause}; a failure doing so is suppressed into it, never thrown over it. */
    private void autocommitAfterFailure(Throwable cause) {
        try {
            conn.setAutoCommit(true);
        } catch (SQLException suppressed) {
            cause.addSuppressed(suppressed);
        }
    }

    /**
     * Runs {@code work} like {@link #write} and then always rolls it back: what the write would do and
     * return, with the database left exactly as before (sync's dry run).
     */
    public synchronized <T> T rehearse(SqlWork<T> work) {
        refuseIfDamaged();
        try {
            conn.setAutoCommit(false);
            T result;
            try {
                result = work.run(conn);
            } catch (Throwable t) {
                try {
                    conn.rollback();
                } catch (SQLException suppressed) {
                    t.addSuppressed(suppressed);
                }
                autocommitAfterFailure(t);
                throw t;
            }
            try {
                conn.rollback();
            } finally {
                conn.setAutoCommit(true);
            }
            return result;
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Runs read-only work (autocommit; each statement sees a consistent snapshot). */
    public synchronized <T> T read(SqlWork<T> work) {
        try {
            return work.run(conn);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /**
     * The user's message for {@code e}; when it says the file is damaged, this Database writes nothing
     * more (a failed sync's run row, say), so "left untouched" stays true to the byte.
     */
    private ExitException failed(SQLException e) {
        ExitException x = failure(file, e);
        if (isDamage(e)) damaged = true;
        return x;
    }

    private void refuseIfDamaged() {
        if (damaged) throw notADatabase(file);
    }

    @Override
    public void close() {
        closeQuietly(conn);
    }

    /** Work against the connection that may throw SQLException. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }

    private void migrate() throws SQLException {
        int version;
        try (Statement s = conn.createStatement(); var rs = s.executeQuery("PRAGMA user_version")) {
            version = rs.getInt(1);
        }
        int latest = Schema.latestVersion();
        if (version > latest) {
            throw ExitException.failed("database " + file + " has schema version " + version
                    + " from a newer minion-discover (this one knows up to " + latest
                    + "); upgrade minion-discover or use another --data-dir");
        }
        try (Statement s = conn.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
        }
        if (version == latest) return;
        write(c -> {
            try (Statement s = c.createStatement()) {
                var rs = s.executeQuery("PRAGMA user_version");
                int v = rs.getInt(1); // re-read under the write lock: another process may have migrated
                rs.close();
                for (int i = v; i < latest; i++) {
                    for (String sql : Schema.MIGRATIONS.get(i).split(";\\s*\n")) {
                        if (!sql.isBlank()) s.execute(sql);
                    }
                }
                s.execute("PRAGMA user_version = " + latest);
            }
            return null;
        });
    }

    /**
     * The database and its -wal/-shm files are 0600: a new database file is created 0600 before
     * SQLite opens it (SQLite gives -wal and -shm the database file's mode); existing ones of ours
     * with group/other bits are narrowed. A symbolic link in the database's place is refused.
     */
    private static void ownerOnly(Path file) {
        try {
            OwnerOnly.createOrTighten(file);
            OwnerOnly.tightenIfExists(file.resolveSibling(file.getFileName() + "-wal"));
            OwnerOnly.tightenIfExists(file.resolveSibling(file.getFileName() + "-shm"));
        } catch (IOException e) {
            throw ExitException.failed("cannot create database " + file + " owner-only: " + e.getMessage()
                    + "; check the data dir or pass another with --data-dir");
        }
    }

    /** Refuses a file that exists, is not empty and does not start with the SQLite header. Never writes. */
    private static void checkHeader(Path file) {
        try {
            if (!Files.exists(file) || Files.size(file) == 0) return;
            byte[] head = new byte[HEADER.length];
            try (InputStream in = Files.newInputStream(file)) {
                int n = in.readNBytes(head, 0, head.length);
                if (n == HEADER.length && Arrays.equals(head, HEADER)) return;
            }
            throw notADatabase(file);
        } catch (IOException e) {
            throw ExitException.failed("cannot read database " + file + ": " + e.getMessage()
                    + "; check the permissions of the data dir (--data-dir)");
        }
    }

    private static ExitException notADatabase(Path file) {
        return ExitException.failed("database " + file + " is not a SQLite database or is damaged; it was left untouched."
                + " Move it aside (mv " + file + " " + file + ".bad) to start a new index, or restore a backup");
    }

    /** Maps a SQLite error to the user's message: damaged file, read-only dir, or a plain failure. */
    static ExitException failure(Path file, SQLException e) {
        if (isDamage(e)) return notADatabase(file);
        if (e instanceof SQLiteException se) {
            SQLiteErrorCode code = se.getResultCode();
            if (code.name().startsWith("SQLITE_READONLY") || code.name().startsWith("SQLITE_CANTOPEN")
                    || code.name().startsWith("SQLITE_IOERR") || code.name().startsWith("SQLITE_PERM")) {
                return ExitException.failed("cannot write database " + file + " (" + code.name()
                        + "); check that the data dir is writable or pass another with --data-dir", e);
            }
            if (code == SQLiteErrorCode.SQLITE_FULL) {
                return ExitException.failed("the disk is full: cannot write database " + file + " (SQLITE_FULL); nothing of this"
                        + " run was written. Free space on its file system (df " + file.getParent() + ") and run again", e);
            }
            if (code.name().startsWith("SQLITE_BUSY")) {
                return ExitException.failed("database " + file + " stayed locked by another process for "
                        + BUSY_TIMEOUT_MS / 1000 + " s; try again", e);
            }
        }
        return ExitException.failed("database error in " + file + ": " + e.getMessage(), e);
    }

    private static boolean isDamage(SQLException e) {
        if (!(e instanceof SQLiteException se)) return false;
        String code = se.getResultCode().name();
        return code.startsWith("SQLITE_CORRUPT") || code.startsWith("SQLITE_NOTADB");
    }

    private static void closeQuietly(Connection c) {
        if (c == null) return;
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing after a failure: nothing more to report
        }
    }
}
