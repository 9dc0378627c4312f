package org.musicminion.discover.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.musicminion.discover.Messages;
import org.musicminion.discover.http.ListIncompleteException;
import org.musicminion.discover.soundcloud.Playlists;
import org.musicminion.discover.soundcloud.SoundCloud;
import org.musicminion.discover.store.ArtistInfo;
import org.musicminion.discover.store.Database;

/**
 * Sync's read phase: followings → each {@link SyncSource} of {@link #SOURCES} that is on, in turn → the user's
 * judgments and, when a playlist is planned, the tracks of their other playlists. Reads the index (schedule, known
 * sources, checkpoint) but writes nothing; the result is a {@link SyncPlan}.
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
        SyncSource.Run run = new SyncSource.Run(() -> soundcloud.followings().stream().map(Tracks::artist).toList(), start);
        List<SyncSource.Reading> readings = new ArrayList<>();
        List<IncompleteList> incomplete = new ArrayList<>();
        for (SyncSource source : sources()) {
            SyncSource.Reading r = source.read(run);
            readings.add(r);
            incomplete.addAll(r.incomplete());
        }
        List<ArtistInfo> followed = run.followed();
        progress.step("judgments");
        int incompleteBefore = incomplete.size();
        Playlists playlists = playlists(incomplete);
        boolean playlistsRead = incomplete.size() == incompleteBefore; // an unread list says nothing about missing titles
        SyncOptions.Judgments j = options.judgments();
        PlayerVerdicts player = j.playerDatabase() == null ? null : new PlayerVerdicts(j.playerDatabase(), messages::warn, messages::verbose);
        RemoteJudgments remote = new JudgmentImport(soundcloud, j.notInterestedPlaylist(), j.notQuitePlaylist(),
                playlistsRead ? messages::warnAlways : s -> {}, player).fetch(playlists);
        for (IncompleteList l : remote.incomplete()) {
            incomplete.add(l);
            messages.warn("warning: " + l.reason() + " (its judgments were not imported)");
        }
        boolean planPlaylists = options.push() || options.dryRun();
        Set<String> owned = planPlaylists ? owned(playlists, incomplete) : Set.of();
        return new SyncPlan(start, requestsBefore, followed, readings, remote, playlists, owned, incomplete);
    }

    /**
     * Every source sync knows, in the order a run reads them: the stream first (its exact link times win), then the
     * followed artists' lists, then the tracks related to recent likes. Each opener reads its own options and says
     * whether it runs. A new source is one line here.
     */
    static final List<SyncSource.Opener> SOURCES = List.of(FeedSource::open, SweepSource::open, RelatedSource::open);

    /** The sources this run reads, in {@link #SOURCES}' order. */
    private List<SyncSource> sources() {
        SyncSource.Wiring w = new SyncSource.Wiring(db, soundcloud, options, messages, progress);
        List<SyncSource> sources = new ArrayList<>();
        for (SyncSource.Opener o : SOURCES) {
            SyncSource s = o.open(w);
            if (s != null) sources.add(s);
        }
        return sources;
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
            return OwnedTracks.fetch(soundcloud, playlists, List.of(options.judgments().notInterestedPlaylist(),
                    options.judgments().notQuitePlaylist(), options.playlists().discovery(), options.playlists().mixes()));
        } catch (ListIncompleteException e) {
            incomplete(incomplete, e);
            return Set.of();
        }
    }

    private void incomplete(List<IncompleteList> incomplete, ListIncompleteException e) {
        incomplete.add(IncompleteList.of(e));
        messages.warn("warning: " + e.getMessage());
    }
}
