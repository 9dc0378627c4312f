package org.musicminion.discover.sync;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.musicminion.discover.Messages;
import org.musicminion.discover.SourceKind;
import org.musicminion.discover.soundcloud.SoundCloud;
import org.musicminion.discover.store.ArtistInfo;
import org.musicminion.discover.store.ArtistSchedule;
import org.musicminion.discover.store.Database;
import org.musicminion.discover.store.IndexStore;

/**
 * The followed artists' own lists as a source: the reposts and likes of the artists due by their adaptive
 * check interval ({@link ArtistSelection}; all with --all / --full), and, with the stream on, the reposts list
 * alone of those not due but unswept for {@code sync.sweep_interval_hours} (what the stream thinned away arrives
 * within that bound). Its reading marks the artists read completely checked and sets their next check.
 */
final class SweepSource implements SyncSource {
    private final Database db;
    private final SoundCloud soundcloud;
    private final SyncOptions.Sweep options;
    private final boolean all;
    private final boolean full;
    private final Messages messages;
    private final SyncProgress progress;

    SweepSource(Database db, SoundCloud soundcloud, SyncOptions.Sweep options, boolean all, boolean full, Messages messages,
                SyncProgress progress) {
        this.db = db;
        this.soundcloud = soundcloud;
        this.options = options;
        this.all = all;
        this.full = full;
        this.messages = messages;
        this.progress = progress;
    }

    /** The sweep always runs (with no lists to read, --no-reposts --no-likes, it still marks nobody checked). */
    static SyncSource open(Wiring w) {
        SyncOptions o = w.options();
        return new SweepSource(w.db(), w.soundcloud(), o.sweep(), o.all(), o.full(), w.messages(), w.progress());
    }

    @Override
    public Swept read(Run run) {
        List<ArtistInfo> followed = run.followed();
        Map<String, ArtistSchedule.Slot> schedule = db.read(ArtistSchedule::followed);
        Map<String, Long> repostsSweptAt = db.read(ArtistSchedule::repostsSweptAt);
        ArtistSelection.Plan selected = new ArtistSelection(all, options.sweepHours()).select(followed, schedule, repostsSweptAt,
                run.startedAt());
        List<SourceKind> kinds = new ArrayList<>();
        if (options.reposts()) kinds.add(SourceKind.REPOST);
        if (options.likes()) kinds.add(SourceKind.LIKE);
        List<ArtistInfo> toFetch = kinds.isEmpty() ? List.of() : selected.fetch();
        // the sweep bound: what the stream thinned away arrives within sync.sweep_interval_hours (likes keep their schedule)
        List<ArtistInfo> repostsOnly = options.reposts() ? selected.repostsOnly() : List.of();
        messages.verbose(selected.due() + " of " + followed.size() + " artists due; fetching " + toFetch.size()
                + (repostsOnly.isEmpty() ? "" : ", and the reposts alone of " + repostsOnly.size() + " past the sweep interval"));
        progress.started(toFetch.size() + repostsOnly.size());
        ArtistFetch fetch = new ArtistFetch(soundcloud, options.concurrency(), this::known, messages::warn, progress);
        ArtistFetch.Result fullFetch = toFetch.isEmpty() ? ArtistFetch.Result.NONE : fetch.fetch(toFetch, kinds, full);
        ArtistFetch.Result swept = repostsOnly.isEmpty() ? ArtistFetch.Result.NONE
                : fetch.fetch(repostsOnly, List.of(SourceKind.REPOST), false);
        ArtistFetch.Result fetched = fullFetch.and(swept);
        List<ArtistInfo> checked = toFetch.stream().filter(a -> !fetched.incompleteArtists().contains(a.urn())).toList();
        List<ArtistInfo> repostsSwept = repostsOnly.stream().filter(a -> !fetched.incompleteArtists().contains(a.urn())).toList();
        return new Swept(followed.size(), selected.due(), checked, repostsSwept, fetched, schedule, run.startedAt(), options);
    }

    private Set<String> known(String artistUrn, SourceKind kind) {
        return db.read(c -> IndexStore.knownSources(c, artistUrn, kind));
    }

    /**
     * The sweep's reading: the artists whose lists were read completely ({@code fetched}), those of the others
     * whose reposts list alone was read completely ({@code repostsSwept}), what the fetch brought, and the
     * schedule before this run.
     */
    record Swept(int followed, int due, List<ArtistInfo> fetched, List<ArtistInfo> repostsSwept, ArtistFetch.Result result,
                 Map<String, ArtistSchedule.Slot> schedule, long startedAt, SyncOptions.Sweep options) implements Reading {
        Swept {
            fetched = List.copyOf(fetched);
            repostsSwept = List.copyOf(repostsSwept);
            schedule = Map.copyOf(schedule);
        }

        @Override
        public List<IndexStore.ListItems> lists() {
            return result.lists();
        }

        @Override
        public List<String> checkedArtists() {
            return fetched.stream().map(ArtistInfo::urn).toList();
        }

        @Override
        public List<IncompleteList> incomplete() {
            return result.incomplete();
        }

        /** The artists' next checks, and when their reposts lists were last read completely. */
        @Override
        public void apply(Connection c, IndexStore.MergeCounts counts, long now) throws SQLException {
            Map<String, ArtistSchedule.Slot> next = new HashMap<>();
            for (ArtistInfo a : fetched) next.put(a.urn(), after(a, counts.artistsWithNew().contains(a.urn())));
            // a reposts-only sweep that found what the stream dropped brings the artist back to the minimum, as a full
            // check would; one that found nothing leaves the adaptive schedule alone
            List<String> swept = new ArrayList<>();
            for (ArtistInfo a : repostsSwept) {
                swept.add(a.urn());
                if (counts.artistsWithNew().contains(a.urn())) next.put(a.urn(), after(a, true));
            }
            if (options.reposts()) fetched.forEach(a -> swept.add(a.urn()));
            ArtistSchedule.set(c, next);
            ArtistSchedule.setRepostsSwept(c, swept, startedAt);
        }

        private ArtistSchedule.Slot after(ArtistInfo a, boolean foundNew) {
            return options.interval().after(a.urn(), schedule.getOrDefault(a.urn(), ArtistSchedule.Slot.NEW), foundNew, startedAt);
        }

        @Override
        public void summarize(SyncSummary.Parts parts, IndexStore.MergeCounts counts) {
            parts.sweep(new SweepSummary(followed, due, fetched.size(), followed - fetched.size(), repostsSwept.size(),
                    result.skipped()));
        }
    }
}
