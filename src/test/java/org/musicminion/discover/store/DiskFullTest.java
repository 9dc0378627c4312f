package org.musicminion.discover.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicminion.discover.ExitCode;
import org.musicminion.discover.ExitException;

/**
 * A write that fills the disk says so (SQLite's SQLITE_FULL, here from {@code PRAGMA max_page_count},
 * which fails exactly like a full file system) and leaves nothing half-written: the rollback's own
 * "no transaction is active" never hides it.
 */
class DiskFullTest {
    @TempDir
    Path dir;

    private static void fill(Connection c) throws SQLException {
        try (var s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS big (x)");
            s.execute("INSERT INTO big VALUES ('first')");
            for (int i = 0; i < 2000; i++) s.execute("INSERT INTO big VALUES (randomblob(1000))");
        }
    }

    private static void limit(Database db, long pages) {
        db.read(c -> {
            try (var s = c.createStatement()) {
                s.execute("PRAGMA max_page_count = " + pages);
            }
            return null;
        });
    }

    @Test
    void aWriteThatFillsTheDiskSaysTheDiskIsFullAndWritesNothing() {
        try (Database db = Database.openIn(dir)) {
            limit(db, 40);

            ExitException e = assertThrows(ExitException.class, () -> db.write(c -> {
                fill(c);
                return null;
            }));

            assertEquals(ExitCode.FAILED, e.exitCode());
            assertTrue(e.getMessage().startsWith("the disk is full: cannot write database " + dir.resolve(Database.FILE_NAME)), e.getMessage());
            assertTrue(e.getMessage().contains("nothing of this run was written"), e.getMessage());
            assertEquals(0, (int) db.<Integer>read(c -> {
                try (var s = c.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE name = 'big'")) {
                    return rs.getInt(1);
                }
            }), "the table the failed transaction created is gone with it");

            limit(db, 1_000_000);
            db.write(c -> {
                try (var s = c.createStatement()) {
                    s.execute("CREATE TABLE after (x)");
                }
                return null;
            });
        }
    }

    @Test
    void aRehearsalThatFillsTheDiskSaysSoToo() {
        try (Database db = Database.openIn(dir)) {
            limit(db, 40);
            ExitException e = assertThrows(ExitException.class, () -> db.rehearse(c -> {
                fill(c);
                return null;
            }));
            assertTrue(e.getMessage().startsWith("the disk is full"), e.getMessage());
        }
    }
}
