package org.musicminion.discover.sync;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.musicminion.discover.Judgment;
import org.musicminion.discover.config.Settings;
import org.musicminion.discover.http.ListIncompleteException;
import org.musicminion.discover.soundcloud.Playlist;
import org.musicminion.discover.soundcloud.Playlists;
import org.musicminion.discover.soundcloud.SoundCloud;
import org.musicminion.discover.soundcloud.Track;
import org.musicminion.discover.store.Database;
import org.musicminion.discover.store.IndexStore;
import org.musicminion.discover.store.Judgments;
import org.musicminion.discover.store.TrackInfo;

/**
 * Imports the user's verdicts from SoundCloud: {@code /me/likes/tracks} → liked, the playlists titled
 * {@code judgments.not_interested_playlist} / {@code judgments.not_quite_playlist} → those values.
 * Priority liked > not_interested > not_quite; a judgment stays when its track leaves the lists (so
 * not_quite is sticky); a local judgment is never overwritten. Used by sync and by {@code judge --import}.
 */
public final class JudgmentImport {
    private final SoundCloud soundcloud;
    private final String notInterestedTitle;
    private final String notQuiteTitle;
    private final Consumer<String> missing;

    /**
     * @param missing told of a judgment playlist title that matches none of the account's playlists (a typo would
     *                otherwise import nothing, silently): the tool shows it even with -q
     */
    public JudgmentImport(SoundCloud soundcloud, String notInterestedTitle, String notQuiteTitle, Consumer<String> missing) {
        this.soundcloud = soundcloud;
        this.notInterestedTitle = notInterestedTitle;
        this.notQuiteTitle = notQuiteTitle;
        this.missing = missing == null ? s -> {} : missing;
    }

    /** Reads the likes and the two judgment playlists (found in {@code playlists}). */
    public RemoteJudgments fetch(Playlists playlists) {
        Map<String, TrackInfo> tracks = new LinkedHashMap<>();
        List<IncompleteList> incomplete = new ArrayList<>();
        Set<String> liked = keep(soundcloud::myLikedTracks, tracks, incomplete);
        Set<String> notInterested = readPlaylist(playlists, notInterestedTitle, Settings.Judgments.NOT_INTERESTED_KEY, tracks,
                incomplete);
        Set<String> notQuite = readPlaylist(playlists, notQuiteTitle, Settings.Judgments.NOT_QUITE_KEY, tracks, incomplete);
        return new RemoteJudgments(liked, notInterested, notQuite, tracks.values(), List.copyOf(incomplete));
    }

    private Set<String> readPlaylist(Playlists playlists, String title, String key, Map<String, TrackInfo> tracks,
                                     List<IncompleteList> incomplete) {
        Playlist p = playlists.byTitle(title);
        if (p == null) {
            missing.accept("warning: no playlist titled \"" + title + "\" on your SoundCloud account (" + key + "): nothing"
                    + " imported from it; set " + key + " to one of yours, or run: minion-discover doctor --fix");
            return Set.of();
        }
        return keep(() -> soundcloud.playlistTracks(p.urn()), tracks, incomplete);
    }

    /** The list's track URNs; none when it cannot be read completely (then it is added to {@code incomplete}). */
    private static Set<String> keep(Supplier<List<Track>> read, Map<String, TrackInfo> tracks, List<IncompleteList> incomplete) {
        List<Track> list;
        try {
            list = read.get();
        } catch (ListIncompleteException e) {
            incomplete.add(IncompleteList.of(e));
            return Set.of();
        }
        Set<String> urns = new HashSet<>();
        for (Track t : list) {
            urns.add(t.urn());
            tracks.putIfAbsent(t.urn(), Tracks.info(t));
        }
        return urns;
    }

    /**
     * Writes {@code remote} into the index (inside the caller's transaction): records the judged
     * tracks (metadata; no sources) and the judgments that change. Returns what changed.
     */
    public static JudgmentCounts apply(Connection c, RemoteJudgments remote, long now) throws SQLException {
        IndexStore.recordTracks(c, remote.tracks(), now);
        Map<String, Judgments.Stored> current = Judgments.all(c);
        Set<String> all = new HashSet<>(remote.liked());
        all.addAll(remote.notInterested());
        all.addAll(remote.notQuite());
        int liked = 0;
        int notInterested = 0;
        int notQuite = 0;
        int unchanged = 0;
        List<Judgments.Stored> changes = new ArrayList<>();
        for (String urn : all) {
            Judgment value = remote.liked().contains(urn) ? Judgment.LIKED
                    : remote.notInterested().contains(urn) ? Judgment.NOT_INTERESTED : Judgment.NOT_QUITE;
            Judgments.Stored now0 = current.get(urn);
            if (now0 != null && (now0.local() || now0.value() == value)) {
                unchanged++;
                continue;
            }
            changes.add(new Judgments.Stored(urn, value, Judgments.Origin.SOUNDCLOUD, now));
            switch (value) {
                case LIKED -> liked++;
                case NOT_INTERESTED -> notInterested++;
                case NOT_QUITE -> notQuite++;
            }
        }
        Judgments.put(c, changes);
        return new JudgmentCounts(liked, notInterested, notQuite, unchanged);
    }

    /** The import alone ({@code judge --import}): fetch, then one write transaction. */
    public JudgmentCounts run(Database db, Playlists playlists, long now) {
        RemoteJudgments remote = fetch(playlists);
        JudgmentCounts counts = db.write(c -> apply(c, remote, now));
        if (!remote.incomplete().isEmpty()) { // what was read completely is imported; the rest is exit 5
            throw new ListIncompleteException(remote.incomplete().get(0).list(), ListIncompleteException.Why.ERROR,
                    remote.incomplete().size() + " judgment list(s) not imported: " + remote.incomplete().get(0).reason(), null);
        }
        return counts;
    }
}
