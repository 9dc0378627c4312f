package org.musicminion.discover.sync;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.function.Consumer;

import org.musicminion.discover.store.PlayerDatabase;

/**
 * The player's verdicts from Music Minion's database ({@code music_minion.database}), read once per sync or
 * {@code judge --import}. No file (or the key set to {@code ""}) is silence; a database that lacks tables or columns
 * gives one warning naming what is missing and the parts that are there; one that cannot be read at all (locked past
 * the busy timeout, not a database) gives one warning and nothing. Never fails the run.
 */
public final class PlayerVerdicts {
    private final Path database;
    private final Consumer<String> warn;
    private final Consumer<String> verbose;

    /** {@code database} null: off. */
    public PlayerVerdicts(Path database, Consumer<String> warn, Consumer<String> verbose) {
        this.database = database;
        this.warn = warn;
        this.verbose = verbose;
    }

    /** What the player's database says now; null when off or there is no such file. */
    public PlayerDatabase.Reading read() {
        if (database == null) return null;
        if (!java.nio.file.Files.isRegularFile(database)) {
            verbose.accept("no Music Minion database at " + database + " (music_minion.database); nothing imported from it");
            return null;
        }
        try {
            PlayerDatabase.Reading r = PlayerDatabase.read(database);
            if (!r.missing().isEmpty()) {
                warn.accept("warning: Music Minion's database " + database + " lacks " + String.join(", ", r.missing())
                        + "; the player's verdicts were imported from the rest (an older Music Minion?)");
            }
            return r;
        } catch (SQLException e) {
            warn.accept("warning: Music Minion's database " + database + " could not be read (" + e.getMessage()
                    + "); the player's verdicts were not imported this time");
            return null;
        }
    }
}
