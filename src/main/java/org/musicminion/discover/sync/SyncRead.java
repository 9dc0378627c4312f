package org.musicminion.discover.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.musicminion.discover.Messages;
import org.musicminion.discover.SourceKind;
import org.musicminion.discover.http.ListIncompleteException;
import org.musicminion.discover.soundcloud.Playlists;
import org.musicminion.discover.soundcloud.SoundCloud;
import org.musicminion.discover.soundcloud.User;
import org.musicminion.discover.store.ArtistInfo;
import org.musicminion.discover.store.ArtistSchedule;
import org.musicminion.discover.store.Database;
import org.musicminion.discover.store.IndexStore;

/**
 * Sync's read phase: the stream ({@link FeedPhase}, unless off) → followings → the due artists' reposts and likes, and the
 * reposts alone of artists past the sweep interval ({@link ArtistSelection}) → the
 * user's judgments and, when a playlist is planned, the tracks of their other playlists. Reads the
 * index (schedule, known sources) but writes nothing; the result is a {@link SyncPlan}.
 */
final class SyncRead {
    private final Database db;
    private final SoundCloud soundcloud;
    private final SyncOptions options;
    private final Messages messages;
    private final SyncProgress progress;

    SyncRead(Database db, SoundCloud soundcloud, SyncOptions options, Messages messages, SyncProgress progress) {
        this.db = db;
        this.soundcloud = soundcloud;
        this.options = options;
        this.messages = messages;
        this.progress = progress;
    }

    SyncPlan read(long start, long requestsBefore) {
        // the stream first: one or two pages bring what followed artists reposted since the last run, at exact times
        FeedPhase.Reading feedRead = options.feed() == null ? null : new FeedPhase(db, soundcloud, options.feed(), messages).read(start);
        List<ArtistInfo> followed = soundcloud.followings().stream().map(Tracks::artist).toList();
        FeedRun feed = feedRead == null ? null
                : feedRead.plan(followed.stream().map(ArtistInfo::urn).collect(java.util.stream.Collectors.toSet()), options.reposts());
        Map<String, ArtistSchedule.Slot> schedule = db.read(ArtistSchedule::followed);
        Map<String, Long> repostsSweptAt = db.read(ArtistSchedule::repostsSweptAt);
        ArtistSelection.Plan selected = new ArtistSelection(options.all(), feed == null ? null : options.sweepHours())
                .select(followed, schedule, repostsSweptAt, start);
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
        ArtistFetch.Result full = toFetch.isEmpty() ? ArtistFetch.Result.NONE : fetch.fetch(toFetch, kinds, options.full());
        ArtistFetch.Result swept = repostsOnly.isEmpty() ? ArtistFetch.Result.NONE
                : fetch.fetch(repostsOnly, List.of(SourceKind.REPOST), false);
        ArtistFetch.Result fetched = full.and(swept);
        List<IncompleteList> incomplete = new ArrayList<>(fetched.incomplete());
        progress.step("judgments");
        int incompleteBefore = incomplete.size();
        Playlists playlists = playlists(incomplete);
        boolean playlistsRead = incomplete.size() == incompleteBefore; // an unread list says nothing about missing titles
        PlayerVerdicts player = options.playerDatabase() == null ? null
                : new PlayerVerdicts(options.playerDatabase(), messages::warn, messages::verbose);
        RemoteJudgments remote = new JudgmentImport(soundcloud, options.notInterestedPlaylist(), options.notQuitePlaylist(),
                playlistsRead ? messages::warnAlways : s -> {}, player).fetch(playlists);
        for (IncompleteList l : remote.incomplete()) {
            incomplete.add(l);
            messages.warn("warning: " + l.reason() + " (its judgments were not imported)");
        }
        boolean planPlaylists = options.push() || options.dryRun();
        Set<String> owned = planPlaylists ? owned(playlists, incomplete) : Set.of();
        List<ArtistInfo> checked = toFetch.stream().filter(a -> !fetched.incompleteArtists().contains(a.urn())).toList();
        List<ArtistInfo> repostsSwept = repostsOnly.stream().filter(a -> !fetched.incompleteArtists().contains(a.urn())).toList();
        IndexStore.MergeInput merge = new IndexStore.MergeInput(followed, checked.stream().map(ArtistInfo::urn).toList(),
                fetched.lists(), feed == null ? List.of() : feed.links());
        if (feed != null && !feed.succeeded()) incomplete.add(new IncompleteList(FeedPhase.PATH, feed.error()));
        return new SyncPlan(start, requestsBefore, followed, selected.due(), checked, merge, fetched.skipped(), remote, schedule,
                playlists, owned, incomplete, feed, repostsSwept);
    }

    /** The user's playlists; none (and the list noted incomplete) when they cannot be read completely. */
    private Playlists playlists(List<IncompleteList> incomplete) {
        try {
            return soundcloud.myPlaylists();
        } catch (ListIncompleteException e) {
            incomplete(incomplete, e);
            return new Playlists(List.of());
        }
    }

    /** The tracks in the user's other playlists; none (and the list noted incomplete) when one cannot be read completely. */
    private Set<String> owned(Playlists playlists, List<IncompleteList> incomplete) {
        try {
            return OwnedTracks.fetch(soundcloud, playlists, List.of(options.notInterestedPlaylist(), options.notQuitePlaylist(),
                    options.playlistTitle(), options.mixesTitle()));
        } catch (ListIncompleteException e) {
            incomplete(incomplete, e);
            return Set.of();
        }
    }

    private void incomplete(List<IncompleteList> incomplete, ListIncompleteException e) {
        incomplete.add(IncompleteList.of(e));
        messages.warn("warning: " + e.getMessage());
    }

    private Set<String> known(String artistUrn, SourceKind kind) {
        return db.read(c -> IndexStore.knownSources(c, artistUrn, kind));
    }
}
