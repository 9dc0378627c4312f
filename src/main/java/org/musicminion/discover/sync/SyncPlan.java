package org.musicminion.discover.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.musicminion.discover.soundcloud.Playlists;
import org.musicminion.discover.store.ArtistInfo;
import org.musicminion.discover.store.IndexStore;

/**
 * What one sync read and will write, decided before anything is written: each source's reading (links, lists,
 * its own writes and summary part), the judgments to import, and what the playlists are pushed against (the
 * account's playlists, the tracks it already keeps). {@link Sync} commits it, or previews it for
 * {@code --dry-run}. Immutable.
 *
 * @param startedAt      when the run started (epoch millis)
 * @param requestsBefore the client's request count when the run started
 * @param followed       the complete followings (others are marked unfollowed by the merge)
 * @param readings       what each source read, in the order the sources ran
 * @param owned          tracks in the user's other playlists; empty when no playlist is planned
 * @param incomplete     every list that could not be read completely: the sources', then the playlists' and
 *                       the judgments'
 */
public record SyncPlan(long startedAt, long requestsBefore, List<ArtistInfo> followed, List<SyncSource.Reading> readings,
                       RemoteJudgments judgments, Playlists playlists, Set<String> owned, List<IncompleteList> incomplete) {
    public SyncPlan {
        followed = List.copyOf(followed);
        readings = List.copyOf(readings);
        owned = Set.copyOf(owned);
        incomplete = List.copyOf(incomplete);
    }

    /** Everything the sources bring for the index, as one merge. */
    public IndexStore.MergeInput merge() {
        List<String> checked = new ArrayList<>();
        List<IndexStore.ListItems> lists = new ArrayList<>();
        List<IndexStore.FeedLink> exact = new ArrayList<>();
        for (SyncSource.Reading r : readings) {
            checked.addAll(r.checkedArtists());
            lists.addAll(r.lists());
            exact.addAll(r.exactLinks());
        }
        return new IndexStore.MergeInput(followed, checked, lists, exact);
    }

    /** Whether the account's playlists and their tracks were read completely (else no playlist is pushed). */
    public boolean playlistsKnown() {
        return incomplete.stream().noneMatch(l -> l.list().startsWith("/me/playlists") || l.list().startsWith("/playlists/"));
    }
}
