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
import org.musicminion.discover.store.PlayerDatabase;
import org.musicminion.discover.store.PlayerSkips;
import org.musicminion.discover.store.TrackInfo;

/**
 * Imports the user's verdicts from SoundCloud: {@code /me/likes/tracks} → liked, the playlists titled
 * {@code judgments.not_interested_playlist} / {@code judgments.not_quite_playlist} → those values; and the
 * player's, from Music Minion's database ({@link PlayerVerdicts}): like/love → liked, archive → not_interested,
 * discovery status liked → liked, dismissed → not_interested (a track already not_quite stays so: dismissed folds
 * both), recorded with origin {@code music-minion}; its skips are kept apart ({@link PlayerSkips}), never verdicts.
 * Priority liked > not_interested > not_quite across both; a judgment stays when its track leaves the lists (so
 * not_quite is sticky); a local judgment is never overwritten. Used by sync and by {@code judge --import}.
 */
public final class JudgmentImport {
    private final SoundCloud soundcloud;
    private final String notInterestedTitle;
    private final String notQuiteTitle;
    private final Consumer<String> missing;
    private final PlayerVerdicts player;

    /**
     * @param missing told of a judgment playlist title that matches none of the account's playlists (a typo would
     *                otherwise import nothing, silently): the tool shows it even with -q
     * @param player  Music Minion's database, or null when it is not read
     */
    public JudgmentImport(SoundCloud soundcloud, String notInterestedTitle, String notQuiteTitle, Consumer<String> missing,
                          PlayerVerdicts player) {
        this.soundcloud = soundcloud;
        this.notInterestedTitle = notInterestedTitle;
        this.notQuiteTitle = notQuiteTitle;
        this.missing = missing == null ? s -> {} : missing;
        this.player = player;
    }

    /** Reads the likes and the two judgment playlists (found in {@code playlists}). */
    public RemoteJudgments fetch(Playlists playlists) {
        Map<String, TrackInfo> tracks = new LinkedHashMap<>();
        List<IncompleteList> incomplete = new ArrayList<>();
        Set<String> liked = keep(soundcloud::myLikedTracks, tracks, incomplete);
        Set<String> notInterested = readPlaylist(playlists, notInterestedTitle, Settings.Judgments.NOT_INTERESTED_KEY, tracks,
                incomplete);
        Set<String> notQuite = readPlaylist(playlists, notQuiteTitle, Settings.Judgments.NOT_QUITE_KEY, tracks, incomplete);
        return new RemoteJudgments(liked, notInterested, notQuite, tracks.values(), List.copyOf(incomplete),
                player == null ? null : player.read());
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
     * tracks (metadata; no sources), the judgments that change and the player's skips. Returns what changed.
     */
    public static JudgmentCounts apply(Connection c, RemoteJudgments remote, long now) throws SQLException {
        IndexStore.recordTracks(c, remote.tracks(), now);
        Map<String, Judgments.Stored> current = Judgments.all(c);
        Set<String> cleared = Judgments.cleared(c); // the listener's clears win like local verdicts
        PlayerDatabase.Reading player = remote.player() == null ? PlayerDatabase.Reading.NONE : remote.player();
        Set<String> all = new HashSet<>(remote.liked());
        all.addAll(remote.notInterested());
        all.addAll(remote.notQuite());
        all.addAll(player.liked());
        all.addAll(player.archived());
        all.addAll(player.dismissed());
        int[] counts = new int[Judgment.values().length];
        int[] fromPlayer = new int[Judgment.values().length];
        int unchanged = 0;
        List<Judgments.Stored> changes = new ArrayList<>();
        for (String urn : all) {
            if (cleared.contains(urn)) {
                unchanged++;
                continue;
            }
            Judgments.Stored now0 = current.get(urn);
            Judgments.Stored verdict = verdict(urn, remote, player, now0, now);
            if (now0 != null && (now0.local() || now0.value() == verdict.value())) {
                unchanged++;
                continue;
            }
            changes.add(verdict);
            counts[verdict.value().ordinal()]++;
            if (verdict.origin() == Judgments.Origin.MUSIC_MINION) fromPlayer[verdict.value().ordinal()]++;
        }
        Judgments.put(c, changes);
        PlayerCounts playerCounts = remote.player() == null ? null
                : new PlayerCounts(fromPlayer[Judgment.LIKED.ordinal()], fromPlayer[Judgment.NOT_INTERESTED.ordinal()],
                fromPlayer[Judgment.NOT_QUITE.ordinal()], PlayerSkips.put(c, player.skips()), player.missing());
        return new JudgmentCounts(counts[Judgment.LIKED.ordinal()], counts[Judgment.NOT_INTERESTED.ordinal()],
                counts[Judgment.NOT_QUITE.ordinal()], unchanged, playerCounts);
    }

    /**
     * The imported verdict on one track, by priority liked > not_interested > not_quite over SoundCloud's lists and
     * the player's database (SoundCloud's origin when both say the same). A dismissal in the player becomes
     * not_interested unless the track is not_quite already (here or on SoundCloud): dismissed folds both.
     */
    private static Judgments.Stored verdict(String urn, RemoteJudgments remote, PlayerDatabase.Reading player,
                                            Judgments.Stored current, long now) {
        if (remote.liked().contains(urn)) return new Judgments.Stored(urn, Judgment.LIKED, Judgments.Origin.SOUNDCLOUD, now);
        if (player.liked().contains(urn)) return new Judgments.Stored(urn, Judgment.LIKED, Judgments.Origin.MUSIC_MINION, now);
        if (remote.notInterested().contains(urn)) return new Judgments.Stored(urn, Judgment.NOT_INTERESTED, Judgments.Origin.SOUNDCLOUD, now);
        if (player.archived().contains(urn)) return new Judgments.Stored(urn, Judgment.NOT_INTERESTED, Judgments.Origin.MUSIC_MINION, now);
        if (remote.notQuite().contains(urn)) return new Judgments.Stored(urn, Judgment.NOT_QUITE, Judgments.Origin.SOUNDCLOUD, now);
        if (current != null && current.value() == Judgment.NOT_QUITE) return current; // dismissed: stays not_quite
        return new Judgments.Stored(urn, Judgment.NOT_INTERESTED, Judgments.Origin.MUSIC_MINION, now);
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
