package org.musicminion.discover.sync;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.musicminion.discover.Messages;
import org.musicminion.discover.SourceKind;
import org.musicminion.discover.config.Settings;
import org.musicminion.discover.http.ApiException;
import org.musicminion.discover.http.ListIncompleteException;
import org.musicminion.discover.soundcloud.SoundCloud;
import org.musicminion.discover.soundcloud.Track;
import org.musicminion.discover.soundcloud.TrackPages;
import org.musicminion.discover.store.Database;
import org.musicminion.discover.store.IndexStore;
import org.musicminion.discover.store.TrackInfo;

/**
 * SoundCloud's related tracks of the listener's recent likes as a source ({@code sync.related = true}; off by
 * default): one request for the newest page of {@code /me/likes/tracks}, then {@code GET /tracks/{urn}/related} for
 * each liked track not asked before (a seed whose related links are in the index is not asked again), newest first,
 * within its own share of the requests ({@code sync.related_max_requests}: the likes page and the seeds together).
 * Each related track becomes a link of kind {@link SourceKind#RELATED} whose "artist" is the seed. A seed's list that
 * fails after the retries is reported incomplete (exit 5) and asked again next run; a 404 (the liked track is gone)
 * is skipped; a 401 after the refresh ends the run (exit 4).
 */
final class RelatedSource implements SyncSource {
    /** Related tracks read per seed: one page. */
    static final int PER_SEED = 20;

    /** The source's share of one run's requests: the likes page and the seeds asked, together. */
    record Budget(int maxRequests) {
        Budget {
            if (maxRequests < 2) throw new IllegalArgumentException("the related source needs 2 requests at least");
        }
    }

    /** The name of this source's part of the sync summary ({@link Summary}), present only when it ran: its kind's word. */
    static final String PART = SourceKind.RELATED.toString();

    /** The {@code related} object of the sync summary: seeds asked this run, and the new related links they brought. */
    @JsonPropertyOrder({"seeds", "links"})
    public record Summary(int seeds, int links) {
    }

    private final Database db;
    private final SoundCloud soundcloud;
    private final Budget budget;
    private final Messages messages;

    RelatedSource(Database db, SoundCloud soundcloud, Budget budget, Messages messages) {
        this.db = db;
        this.soundcloud = soundcloud;
        this.budget = budget;
        this.messages = messages;
    }

    /** On with {@code sync.related = true} (off by default), within {@code sync.related_max_requests}. */
    static SyncSource open(Wiring w) {
        Settings.Sync config = w.options().config();
        if (!config.related()) return null;
        return new RelatedSource(w.db(), w.soundcloud(), new Budget(config.relatedMaxRequests()), w.messages());
    }

    @Override
    public Reading read(Run run) {
        List<IndexStore.ListItems> lists = new ArrayList<>();
        List<IncompleteList> incomplete = new ArrayList<>();
        List<Track> liked;
        TrackPages likes = soundcloud.myLikes();
        try {
            liked = likes.hasNext() ? likes.next() : List.of();
        } catch (ApiException e) {
            ListIncompleteException failed = IncompleteList.from(likes.list(), e);
            if (failed == null) throw e;
            incomplete.add(IncompleteList.of(failed));
            messages.warn("warning: related tracks not read: " + failed.getMessage());
            return new Related(lists, incomplete, 0);
        }
        int asked = 0;
        for (Track seed : liked) {
            if (asked + 1 >= budget.maxRequests()) break;
            if (!db.read(c -> IndexStore.knownSources(c, seed.urn(), SourceKind.RELATED)).isEmpty()) continue;
            asked++;
            TrackPages related = soundcloud.related(seed.urn(), PER_SEED);
            try {
                List<TrackInfo> tracks = new ArrayList<>();
                if (related.hasNext()) for (Track t : related.next()) if (!t.urn().equals(seed.urn())) tracks.add(Tracks.info(t));
                lists.add(new IndexStore.ListItems(seed.urn(), SourceKind.RELATED, tracks));
            } catch (ListIncompleteException e) {
                incomplete.add(IncompleteList.of(e));
                messages.warn("warning: tracks related to " + seed.urn() + ": " + e.getMessage());
            } catch (ApiException e) {
                ListIncompleteException failed = IncompleteList.from(related.list(), e);
                if (failed == null && !e.notFound()) throw e;
                if (failed == null) continue; // the liked track is gone
                incomplete.add(IncompleteList.of(failed));
                messages.warn("warning: tracks related to " + seed.urn() + ": " + failed.getMessage());
            }
        }
        messages.verbose("related: " + asked + " of " + liked.size() + " recent likes asked for their related tracks");
        return new Related(lists, incomplete, asked);
    }

    /** What the related source read: one list per seed (its related tracks), the seeds that failed, how many were asked. */
    record Related(List<IndexStore.ListItems> lists, List<IncompleteList> incomplete, int seeds) implements Reading {
        Related {
            lists = List.copyOf(lists);
            incomplete = List.copyOf(incomplete);
        }

        @Override
        public void summarize(SyncSummary.Parts parts, IndexStore.MergeCounts counts) {
            parts.put(PART, new Summary(seeds, counts.added(SourceKind.RELATED)));
        }
    }
}
