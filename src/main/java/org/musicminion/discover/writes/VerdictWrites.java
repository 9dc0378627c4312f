package org.musicminion.discover.writes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.musicminion.discover.ExitCode;
import org.musicminion.discover.ExitException;
import org.musicminion.discover.Judgment;
import org.musicminion.discover.config.Settings;
import org.musicminion.discover.http.ApiException;
import org.musicminion.discover.http.ApiResponse;
import org.musicminion.discover.http.OutcomeKind;
import org.musicminion.discover.soundcloud.Playlist;
import org.musicminion.discover.soundcloud.Playlists;
import org.musicminion.discover.soundcloud.SoundCloud;
import org.musicminion.discover.soundcloud.Track;
import org.musicminion.discover.store.Database;
import org.musicminion.discover.store.RemoteWrites;

/**
 * Writes queued verdicts to SoundCloud ({@code judge --remote}, and sync for what waited), within the
 * {@link WriteBudget}: not_interested / not_quite put the track in the matching judgment playlist and take it out of
 * the other; liked takes it out of both and likes it ({@code POST /likes/tracks/{urn}}); clear takes it out of both
 * and removes the like ({@code DELETE /likes/tracks/{urn}}; a 404 means there was none). Each playlist is read once
 * and, when it changes, written once (PUT of the whole list, URN strings); a verdict's like waits for its playlists.
 * Every request is idempotent, so a process killed after sending repeats at most that write next time. What the
 * budget does not allow stays queued; what failed for a passing reason stays queued too; what SoundCloud refused for
 * good leaves the queue. The local judgments stay as they are.
 */
public final class VerdictWrites {
    private final Database db;
    private final SoundCloud soundcloud;
    private final Supplier<Playlists> playlists;
    private final String notInterestedTitle;
    private final String notQuiteTitle;
    private final WriteBudget budget;

    /**
     * @param playlists the account's playlists, asked only when some verdict's playlists are still to write
     * @param notInterestedTitle, notQuiteTitle the judgment playlists' titles (judgments.*_playlist)
     */
    public VerdictWrites(Database db, SoundCloud soundcloud, Supplier<Playlists> playlists, String notInterestedTitle, String notQuiteTitle,
                         WriteBudget budget) {
        this.db = db;
        this.soundcloud = soundcloud;
        this.playlists = playlists;
        this.notInterestedTitle = notInterestedTitle;
        this.notQuiteTitle = notQuiteTitle;
        this.budget = budget;
    }

    /** How one track's queued verdict went. */
    public enum Status {
        /** Written: SoundCloud holds the verdict. */
        SENT,
        /** Waits in the queue for the budget (a later run sends it). */
        QUEUED,
        /** Failed: {@code error} says why; {@code kept} when it stays queued for a later run. */
        FAILED
    }

    /** One track's result; {@code error} and {@code kept} only for {@link Status#FAILED}. */
    public record Result(Status status, String error, boolean kept) {
        static final Result SENT = new Result(Status.SENT, null, false);
        static final Result QUEUED = new Result(Status.QUEUED, null, false);
    }

    /** What a drain did: writes sent, verdicts left waiting, verdicts failed. */
    public record Drained(int sent, int queued, int failed, List<String> errors) {
    }

    /** Writes the queued verdicts of {@code trackUrns} (one `judge` batch); a result per URN that has one queued. */
    public Map<String, Result> send(List<String> trackUrns) {
        return write(db.read(c -> RemoteWrites.of(c, trackUrns)));
    }

    /** Writes what waits, oldest first, as far as the budget goes (sync, before its push). */
    public Drained drain() {
        int sent = 0;
        int failed = 0;
        List<String> errors = new ArrayList<>();
        List<RemoteWrites.Queued> rows = db.read(c -> RemoteWrites.oldest(c, DRAIN_ROWS));
        if (!rows.isEmpty()) {
            for (var e : write(rows).entrySet()) {
                switch (e.getValue().status()) {
                    case SENT -> sent++;
                    case FAILED -> {
                        failed++;
                        errors.add(e.getKey() + ": " + e.getValue().error());
                    }
                    case QUEUED -> { }
                }
            }
        }
        return new Drained(sent, queued(), failed, errors);
    }

    /** Verdicts waiting now. */
    public int queued() {
        return db.read(RemoteWrites::count);
    }

    /** The oldest verdicts a sync writes in one run (the budget stops it sooner). */
    static final int DRAIN_ROWS = 1_000;

    private Map<String, Result> write(List<RemoteWrites.Queued> rows) {
        Map<String, Failure> failures = new HashMap<>();
        Set<String> waiting = new HashSet<>(); // their playlists wait for the budget
        List<RemoteWrites.Queued> forPlaylists = rows.stream().filter(r -> !r.playlistsDone()).toList();
        Set<Long> done = new HashSet<>(); // rows fully written in this call
        Set<Long> playlistsDone = new HashSet<>();
        for (RemoteWrites.Queued r : rows) if (r.playlistsDone()) playlistsDone.add(r.id());
        if (!forPlaylists.isEmpty()) {
            Playlists all = playlists.get();
            edit(all, notInterestedTitle, Settings.Judgments.NOT_INTERESTED_KEY, forPlaylists, Judgment.NOT_INTERESTED, failures, waiting);
            edit(all, notQuiteTitle, Settings.Judgments.NOT_QUITE_KEY, forPlaylists, Judgment.NOT_QUITE, failures, waiting);
            List<Long> ok = forPlaylists.stream().filter(r -> !failures.containsKey(r.trackUrn()) && !waiting.contains(r.trackUrn()))
                    .map(RemoteWrites.Queued::id).toList();
            if (!ok.isEmpty()) {
                db.write(c -> {
                    for (long id : ok) RemoteWrites.playlistsDone(c, id);
                    return null;
                });
            }
            playlistsDone.addAll(ok);
        }
        boolean spent = false;
        for (RemoteWrites.Queued r : rows) {
            if (!playlistsDone.contains(r.id())) continue;
            if (r.likeDone()) {
                done.add(r.id());
                continue;
            }
            boolean like = r.judgment() == Judgment.LIKED;
            if (spent || !budget.take(like ? WriteBudget.Write.LIKE_TRACK : WriteBudget.Write.UNLIKE_TRACK)) {
                spent = true;
                continue;
            }
            ApiResponse res = like ? soundcloud.like(r.trackUrn()) : soundcloud.unlike(r.trackUrn());
            if (res.ok() || (!like && res.outcome().kind() == OutcomeKind.NOT_FOUND)) { // a 404 unlike: no like to remove
                db.write(c -> {
                    RemoteWrites.likeDone(c, r.id());
                    return null;
                });
                done.add(r.id());
                continue;
            }
            if (res.outcome().kind() == OutcomeKind.AUTH) res.orThrow();
            failures.put(r.trackUrn(), new Failure((like ? "like failed: " : "unlike failed: ") + res.outcome().errorClass(),
                    res.outcome().kind().retryable()));
        }
        Map<String, Result> results = new HashMap<>();
        List<Long> dropped = new ArrayList<>();
        for (RemoteWrites.Queued r : rows) {
            Failure f = failures.get(r.trackUrn());
            if (f != null) {
                if (!f.passing()) dropped.add(r.id());
                results.put(r.trackUrn(), new Result(Status.FAILED, f.passing() ? f.why() + " (kept queued: the next sync tries again)" : f.why(),
                        f.passing()));
            } else {
                results.put(r.trackUrn(), done.contains(r.id()) ? Result.SENT : Result.QUEUED);
            }
        }
        if (!dropped.isEmpty()) {
            db.write(c -> {
                for (long id : dropped) RemoteWrites.drop(c, id);
                return null;
            });
        }
        return results;
    }

    /** Why a track's write failed; {@code passing}: a later run may succeed (kept queued). */
    private record Failure(String why, boolean passing) {
    }

    /**
     * Brings the playlist titled {@code title} in line with {@code rows}: the tracks judged {@code member} in, the others
     * out; one PUT when that changes it, if the budget allows (else the rows it would change wait).
     */
    private void edit(Playlists all, String title, String key, List<RemoteWrites.Queued> rows, Judgment member,
                      Map<String, Failure> failures, Set<String> waiting) {
        List<RemoteWrites.Queued> mine = rows.stream().filter(r -> !failures.containsKey(r.trackUrn())).toList();
        Playlist p = all.byTitle(title);
        if (p == null) {
            List<String> adding = mine.stream().filter(r -> r.judgment() == member).map(RemoteWrites.Queued::trackUrn).toList();
            fail(adding, failures, new Failure("no playlist titled \"" + title + "\" on your account (" + key + ")", false));
            return; // nothing to remove from a playlist that does not exist
        }
        try {
            Set<String> tracks = new LinkedHashSet<>();
            for (Track t : soundcloud.playlistTracks(p.urn())) tracks.add(t.urn());
            List<String> rejected = new ArrayList<>();
            List<String> changing = new ArrayList<>();
            for (RemoteWrites.Queued r : mine) {
                String urn = r.trackUrn();
                if (r.judgment() == member) {
                    if (tracks.contains(urn)) continue;
                    if (tracks.size() >= SoundCloud.MAX_PLAYLIST_TRACKS) {
                        rejected.add(urn);
                        continue;
                    }
                    tracks.add(urn);
                    changing.add(urn);
                } else if (tracks.remove(urn)) {
                    changing.add(urn);
                }
            }
            fail(rejected, failures, new Failure("playlist \"" + title + "\" already holds " + SoundCloud.MAX_PLAYLIST_TRACKS
                    + " tracks, SoundCloud's limit; remove some there, or point " + key + " at another playlist", false));
            if (changing.isEmpty()) return;
            if (!budget.take(WriteBudget.Write.PLAYLIST_EDIT)) {
                waiting.addAll(changing);
                return;
            }
            soundcloud.replacePlaylist(p.urn(), new ArrayList<>(tracks));
        } catch (ExitException e) {
            if (e.exitCode() == ExitCode.NOT_AUTHENTICATED) throw e;
            boolean passing = !(e instanceof ApiException a) || a.outcome().kind().retryable();
            fail(mine.stream().map(RemoteWrites.Queued::trackUrn).toList(), failures,
                    new Failure("playlist \"" + title + "\": " + e.getMessage(), passing));
        }
    }

    private static void fail(List<String> urns, Map<String, Failure> failures, Failure why) {
        for (String urn : urns) failures.putIfAbsent(urn, why);
    }
}
