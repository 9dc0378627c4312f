package org.musicminion.discover.sync;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.musicminion.discover.soundcloud.Playlists;
import org.musicminion.discover.store.ArtistInfo;
import org.musicminion.discover.store.ArtistSchedule;
import org.musicminion.discover.store.IndexStore;

/**
 * What one sync read and will write, decided before anything is written: the merge (followed artists,
 * the lists read), the judgments to import, the artists' schedule before this run, and what the
 * playlists are pushed against (the account's playlists, the tracks it already keeps). {@link Sync}
 * commits it, or previews it for {@code --dry-run}. Immutable.
 *
 * @param startedAt      when the run started (epoch millis)
 * @param requestsBefore the client's request count when the run started
 * @param due            how many followed artists were due
 * @param fetched        the artists whose lists were read completely
 * @param listsSkipped   artist lists that answered 404
 * @param owned          tracks in the user's other playlists; empty when no playlist is planned
 * @param incomplete     the lists that could not be read completely (their artists are not in {@code fetched})
 * @param feed           the stream's part (links, checkpoint); null with the feed off
 * @param repostsSwept   the artists not due whose reposts list alone was swept (past {@code sync.sweep_interval_hours})
 *                       and read completely; their lists are in {@code merge}, they are not in {@code fetched}
 */
public record SyncPlan(long startedAt, long requestsBefore, List<ArtistInfo> followed, int due, List<ArtistInfo> fetched,
                       IndexStore.MergeInput merge, int listsSkipped, RemoteJudgments judgments,
                       Map<String, ArtistSchedule.Slot> schedule, Playlists playlists, Set<String> owned,
                       List<IncompleteList> incomplete, FeedRun feed, List<ArtistInfo> repostsSwept) {
    public SyncPlan {
        incomplete = List.copyOf(incomplete);
        followed = List.copyOf(followed);
        fetched = List.copyOf(fetched);
        repostsSwept = List.copyOf(repostsSwept);
        schedule = Map.copyOf(schedule);
        owned = Set.copyOf(owned);
    }

    /** Whether the account's playlists and their tracks were read completely (else no playlist is pushed). */
    public boolean playlistsKnown() {
        return incomplete.stream().noneMatch(l -> l.list().startsWith("/me/playlists") || l.list().startsWith("/playlists/"));
    }
}
