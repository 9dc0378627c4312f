package org.musicminion.discover.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A simulated person listening to the pushed Discovery playlist top to bottom. Each track they reach is left
 * unjudged with their {@link Judging}'s skip share; otherwise they keep it with their {@link Taste}'s chance and like
 * it on SoundCloud, or (with the judging's dismiss share) file it under "Not quite" (a near miss: chance of keeping at
 * least {@code NEAR_MISS}, half of the time) or "Not interested", else leave it unjudged. Whether they would keep a
 * track is one fixed draw per track (the same person judges the same track the same way); whether it is skipped, and
 * whether a track they do not keep is filed or just scrolls by, is drawn anew each day it is heard. Changes only the catalogue, as the real listener changes only their SoundCloud account.
 */
public final class SimulatedListener {
    static final double NEAR_MISS = 0.3;

    /** A verdict as the listener gave it. */
    public enum Verdict { LIKED, NOT_INTERESTED, NOT_QUITE, UNJUDGED }

    /** One track of the playlist, at its 0-based position, and what the listener did. */
    public record Judged(String urn, int position, Verdict verdict) {
    }

    private final Catalogue catalogue;
    private final Taste taste;
    private final Judging judging;
    private final Draws draws;
    private final int listensPerDay;

    /**
     * @param listensPerDay how many tracks from the top of the playlist the listener reaches a day
     * @param seed          fixes the listener's draws (skips, keeps, dismissals)
     */
    public SimulatedListener(Catalogue catalogue, Taste taste, Judging judging, int listensPerDay, long seed) {
        if (listensPerDay < 0) throw new IllegalArgumentException("listens per day must be >= 0");
        this.catalogue = catalogue;
        this.taste = taste;
        this.judging = judging;
        this.draws = new Draws(seed);
        this.listensPerDay = listensPerDay;
    }

    /** Listens to today's Discovery playlist ({@code day} varies the skips) and records the verdicts on the account. */
    public List<Judged> listen(int day) {
        Catalogue.Playlist discovery = catalogue.playlistByTitle(Catalogue.DISCOVERY).orElseThrow();
        String notInterested = catalogue.playlistByTitle(Catalogue.NOT_INTERESTED).orElseThrow().urn();
        String notQuite = catalogue.playlistByTitle(Catalogue.NOT_QUITE).orElseThrow().urn();
        Map<String, Set<String>> pickers = catalogue.pickersByTrack();
        List<Judged> out = new ArrayList<>();
        List<String> urns = discovery.trackUrns();
        for (int i = 0; i < Math.min(listensPerDay, urns.size()); i++) {
            String urn = urns.get(i);
            Catalogue.Track t = catalogue.track(urn).orElseThrow();
            double p = taste.keepChance(t, List.copyOf(pickers.getOrDefault(urn, Set.of())), day);
            Verdict v = verdict(t, p, day);
            switch (v) {
                case LIKED -> catalogue.likeTrack(urn);
                case NOT_INTERESTED -> catalogue.addToPlaylist(notInterested, urn);
                case NOT_QUITE -> catalogue.addToPlaylist(notQuite, urn);
                case UNJUDGED -> { }
            }
            out.add(new Judged(urn, i, v));
        }
        return out;
    }

    /** The verdict on {@code t}, kept with chance {@code p}, heard on {@code day}. */
    Verdict verdict(Catalogue.Track t, double p, int day) {
        if (draws.uniform(t.id(), 1_000 + day) < judging.skipShare()) return Verdict.UNJUDGED;
        if (draws.uniform(t.id(), 2) < p) return Verdict.LIKED;
        if (draws.uniform(t.id(), 4_000 + day) >= judging.dismissShare()) return Verdict.UNJUDGED; // files it another time, maybe
        return p >= NEAR_MISS && draws.uniform(t.id(), 3) < 0.5 ? Verdict.NOT_QUITE : Verdict.NOT_INTERESTED;
    }
}
