package org.musicminion.discover.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A simulated person listening to the pushed Discovery playlist top to bottom. Each track they reach is,
 * with a fixed chance, left unjudged (skipped, left for later); otherwise they keep it with their
 * {@link ListenerTaste}'s chance and like it on SoundCloud, or file it under "Not quite" (a near miss:
 * chance of keeping at least {@code NEAR_MISS}, half of the time) or "Not interested". A track's verdict is
 * fixed per track (the same person judges the same track the same way); whether it is skipped is drawn
 * anew each day. Changes only the catalogue, as the real listener changes only their SoundCloud account.
 */
public final class SimulatedListener {
    static final double NEAR_MISS = 0.3;

    /** A verdict as the listener gave it. */
    public enum Verdict { LIKED, NOT_INTERESTED, NOT_QUITE, UNJUDGED }

    /** One track of the playlist, at its 0-based position, and what the listener did. */
    public record Judged(String urn, int position, Verdict verdict) {
    }

    private final Catalogue catalogue;
    private final ListenerTaste taste;
    private final int listensPerDay;
    private final double skipShare;

    /**
     * @param listensPerDay how many tracks from the top of the playlist the listener reaches a day
     * @param skipShare     the share of those they leave unjudged
     */
    public SimulatedListener(Catalogue catalogue, ListenerTaste taste, int listensPerDay, double skipShare) {
        if (listensPerDay < 0) throw new IllegalArgumentException("listens per day must be >= 0");
        if (!(skipShare >= 0 && skipShare < 1)) throw new IllegalArgumentException("skip share must be in [0, 1)");
        this.catalogue = catalogue;
        this.taste = taste;
        this.listensPerDay = listensPerDay;
        this.skipShare = skipShare;
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
            Verdict v = verdict(t, List.copyOf(pickers.getOrDefault(urn, Set.of())), day);
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

    Verdict verdict(Catalogue.Track t, List<String> pickers, int day) {
        if (taste.uniform(t.id(), 1_000 + day) < skipShare) return Verdict.UNJUDGED;
        double p = taste.keepChance(t, pickers);
        if (taste.uniform(t.id(), 2) < p) return Verdict.LIKED;
        return p >= NEAR_MISS && taste.uniform(t.id(), 3) < 0.5 ? Verdict.NOT_QUITE : Verdict.NOT_INTERESTED;
    }
}
