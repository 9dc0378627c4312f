package org.musicminion.discover.sync;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Supplier;

import org.musicminion.discover.Messages;
import org.musicminion.discover.soundcloud.SoundCloud;
import org.musicminion.discover.store.ArtistInfo;
import org.musicminion.discover.store.Database;
import org.musicminion.discover.store.IndexStore;

/**
 * One place sync finds tracks: the listener's stream ({@link FeedSource}), the followed artists' own lists
 * ({@link SweepSource}), the tracks related to the listener's recent likes ({@link RelatedSource}). A source is
 * one class: its {@link Opener} decides from the run's options (its own config keys, its share of the requests)
 * whether and how it runs; in the read phase it reads (the network, and the index to know what it has) and writes
 * nothing; what it read is its {@link Reading}, which {@link Sync} merges and applies inside the run's one write
 * transaction, and which puts its own part into the summary. {@link SyncRead#SOURCES} lists them: a new source is
 * its class, one line there, and its {@link org.musicminion.discover.SourceKind} when it brings a new kind of link.
 */
public interface SyncSource {

    /** Reads this source for the run; throws only what ends the run (exit 4, Ctrl-C), else reports it as incomplete. */
    Reading read(Run run);

    /** How a run builds a source from its collaborators and options; null when this run does not read it (off). */
    @FunctionalInterface
    interface Opener {
        SyncSource open(Wiring w);
    }

    /** What a source is built from: the index, the client, the run's options (config and flags), where it reports. */
    record Wiring(Database db, SoundCloud soundcloud, SyncOptions options, Messages messages, SyncProgress progress) {
    }

    /**
     * What every source is read against: the run's start (epoch millis) and the followed artists, read on first
     * use (so a source may read its own list before them: the stream is read first) and once per run.
     */
    final class Run {
        private final Supplier<List<ArtistInfo>> followings;
        private final long startedAt;
        private List<ArtistInfo> followed;

        Run(Supplier<List<ArtistInfo>> followings, long startedAt) {
            this.followings = followings;
            this.startedAt = startedAt;
        }

        public long startedAt() {
            return startedAt;
        }

        /** The followed artists (complete: a followings list that cannot be read ends the run). */
        public List<ArtistInfo> followed() {
            if (followed == null) followed = List.copyOf(followings.get());
            return followed;
        }
    }

    /** What one source read, to be merged; immutable. */
    interface Reading {
        /** Links at their exact times (merged first: a link also observed keeps the exact time). */
        default List<IndexStore.FeedLink> exactLinks() {
            return List.of();
        }

        /** Lists read completely: their links are stamped with the merge's time (observed). */
        default List<IndexStore.ListItems> lists() {
            return List.of();
        }

        /** The followed artists whose lists were read completely (the merge marks them checked). */
        default List<String> checkedArtists() {
            return List.of();
        }

        /** The lists that could not be read completely: nothing of them is merged, the run exits 5. */
        default List<IncompleteList> incomplete() {
            return List.of();
        }

        /** This source's own writes (schedules, checkpoints) in the merge's transaction, after the links. */
        default void apply(Connection c, IndexStore.MergeCounts counts, long now) throws SQLException {
        }

        /** Puts this source's part into the run's summary ({@link SyncSummary.Parts#put}, the sweep's {@link SyncSummary.Parts#sweep}). */
        void summarize(SyncSummary.Parts parts, IndexStore.MergeCounts counts);
    }
}
