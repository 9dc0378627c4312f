package org.musicminion.discover.judge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.musicminion.discover.config.Settings;
import org.musicminion.discover.ExitException;
import org.musicminion.discover.http.ApiResponse;
import org.musicminion.discover.soundcloud.Playlist;
import org.musicminion.discover.soundcloud.Playlists;
import org.musicminion.discover.soundcloud.SoundCloud;
import org.musicminion.discover.soundcloud.Track;

/**
 * Writes verdicts to SoundCloud so they follow the listener to other devices (`judge --remote`):
 * not_interested / not_quite add the tracks to the matching judgment playlist and take them out of
 * the other; clear takes them out of both and removes the like ({@code DELETE /likes/tracks/{urn}}; a 404
 * means there was none); liked likes them ({@code POST /likes/tracks/{urn}}) and
 * takes them out of both. Each playlist is read once and written once (PUT of the whole list, URN
 * strings). Failures are returned per track; the local judgments stay as they are.
 */
public final class RemoteVerdicts {
    private final SoundCloud soundcloud;
    private final Playlists playlists;
    private final String notInterestedTitle;
    private final String notQuiteTitle;

    public RemoteVerdicts(SoundCloud soundcloud, Playlists playlists, String notInterestedTitle, String notQuiteTitle) {
        this.soundcloud = soundcloud;
        this.playlists = playlists;
        this.notInterestedTitle = notInterestedTitle;
        this.notQuiteTitle = notQuiteTitle;
    }

    /** Applies {@code verdict} remotely to {@code urns}; returns an error text per URN that failed. */
    public Map<String, String> apply(Verdict verdict, List<String> urns) {
        Map<String, String> errors = new HashMap<>();
        switch (verdict) {
            case NOT_INTERESTED -> {
                edit(notInterestedTitle, Settings.Judgments.NOT_INTERESTED_KEY, urns, true, errors);
                edit(notQuiteTitle, Settings.Judgments.NOT_QUITE_KEY, urns, false, errors);
            }
            case NOT_QUITE -> {
                edit(notQuiteTitle, Settings.Judgments.NOT_QUITE_KEY, urns, true, errors);
                edit(notInterestedTitle, Settings.Judgments.NOT_INTERESTED_KEY, urns, false, errors);
            }
            case CLEAR, LIKED -> {
                edit(notInterestedTitle, Settings.Judgments.NOT_INTERESTED_KEY, urns, false, errors);
                edit(notQuiteTitle, Settings.Judgments.NOT_QUITE_KEY, urns, false, errors);
                if (verdict == Verdict.LIKED) like(urns, errors);
                else unlike(urns, errors);
            }
        }
        return errors;
    }

    private void edit(String title, String key, List<String> urns, boolean add, Map<String, String> errors) {
        Playlist p = playlists.byTitle(title);
        if (p == null) {
            if (add) fail(urns, errors, "no playlist titled \"" + title + "\" on your account (" + key + ")");
            return; // nothing to remove from a playlist that does not exist
        }
        try {
            Set<String> tracks = new LinkedHashSet<>();
            for (Track t : soundcloud.playlistTracks(p.urn())) tracks.add(t.urn());
            List<String> rejected = new ArrayList<>();
            boolean changed = false;
            for (String urn : urns) {
                if (add) {
                    if (tracks.contains(urn)) continue;
                    if (tracks.size() >= SoundCloud.MAX_PLAYLIST_TRACKS) {
                        rejected.add(urn);
                        continue;
                    }
                    changed |= tracks.add(urn);
                } else {
                    changed |= tracks.remove(urn);
                }
            }
            if (changed) soundcloud.replacePlaylist(p.urn(), new ArrayList<>(tracks));
            fail(rejected, errors, "playlist \"" + title + "\" already holds " + SoundCloud.MAX_PLAYLIST_TRACKS
                    + " tracks, SoundCloud's limit; remove some there, or point " + key + " at another playlist");
        } catch (ExitException e) {
            if (e.exitCode() == org.musicminion.discover.ExitCode.NOT_AUTHENTICATED) throw e;
            fail(urns, errors, "playlist \"" + title + "\": " + e.getMessage());
        }
    }

    private void like(List<String> urns, Map<String, String> errors) {
        for (String urn : urns) {
            if (errors.containsKey(urn)) continue;
            ApiResponse res = soundcloud.like(urn);
            if (!res.ok()) {
                if (res.outcome().kind() == org.musicminion.discover.http.OutcomeKind.AUTH) res.orThrow();
                errors.put(urn, "like failed: " + res.outcome().errorClass());
            }
        }
    }

    /** A remote clear takes the like away too, or the next sync imports the track as liked again. */
    private void unlike(List<String> urns, Map<String, String> errors) {
        for (String urn : urns) {
            if (errors.containsKey(urn)) continue;
            ApiResponse res = soundcloud.unlike(urn);
            if (res.ok() || res.outcome().kind() == org.musicminion.discover.http.OutcomeKind.NOT_FOUND) continue; // no like to remove
            if (res.outcome().kind() == org.musicminion.discover.http.OutcomeKind.AUTH) res.orThrow();
            errors.put(urn, "unlike failed: " + res.outcome().errorClass());
        }
    }

    private static void fail(List<String> urns, Map<String, String> errors, String why) {
        for (String urn : urns) errors.putIfAbsent(urn, why);
    }
}
