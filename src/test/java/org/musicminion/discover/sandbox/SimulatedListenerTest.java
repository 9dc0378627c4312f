package org.musicminion.discover.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SimulatedListenerTest {
    private static Catalogue catalogue() {
        return Catalogue.generate(new CatalogueSpec(20, 40, 2000, 9, 0.05, 0));
    }

    @Test
    void theTasteIsCalibratedToTheBaseKeepRateAndPrefersSomeArtistsPicks() {
        Catalogue cat = catalogue();
        ListenerTaste taste = new ListenerTaste(cat, 1, 0.22);
        double sum = 0;
        int n = 0;
        double best = 0;
        double worst = 1;
        for (Map.Entry<String, Set<String>> e : cat.pickersByTrack().entrySet()) {
            Catalogue.Track t = cat.track(e.getKey()).orElseThrow();
            if (t.deleted()) continue;
            sum += taste.keepChance(t, List.copyOf(e.getValue()), 1);
            n++;
        }
        assertEquals(0.22, sum / n, 0.005);
        for (Catalogue.User a : cat.followings()) {
            double s = 0;
            List<String> picks = cat.repostsOf(a.urn());
            for (String urn : picks) s += taste.keepChance(cat.track(urn).orElseThrow(), List.of(a.urn()), 1);
            best = Math.max(best, s / picks.size());
            worst = Math.min(worst, s / picks.size());
        }
        assertTrue(best > 2 * worst, best + " vs " + worst); // some artists' picks are kept far more than others'
    }

    @Test
    void judgesThePushedPlaylistTopDownOnTheAccountAsAPersonWould() {
        Catalogue cat = catalogue();
        ListenerTaste taste = new ListenerTaste(cat, 1, 0.22);
        SimulatedListener listener = new SimulatedListener(cat, taste, new Judging(0.15, 1.0), 40, 1);
        List<String> pushed = new ArrayList<>(cat.repostersByTrack().keySet()).subList(0, 60);
        String discovery = cat.playlistByTitle(Catalogue.DISCOVERY).orElseThrow().urn();
        cat.replacePlaylistTracks(discovery, pushed);
        int notInterestedBefore = cat.playlistByTitle(Catalogue.NOT_INTERESTED).orElseThrow().trackUrns().size();
        List<SimulatedListener.Judged> judged = listener.listen(1);
        assertEquals(40, judged.size()); // hears the top 40 of 60
        assertEquals(pushed.subList(0, 40), judged.stream().map(SimulatedListener.Judged::urn).toList());
        Map<SimulatedListener.Verdict, Long> counts = new java.util.EnumMap<>(SimulatedListener.Verdict.class);
        for (SimulatedListener.Judged j : judged) counts.merge(j.verdict(), 1L, Long::sum);
        assertEquals(counts.getOrDefault(SimulatedListener.Verdict.LIKED, 0L).intValue(), cat.userLikes().size());
        assertEquals(counts.getOrDefault(SimulatedListener.Verdict.NOT_INTERESTED, 0L).intValue(),
                cat.playlistByTitle(Catalogue.NOT_INTERESTED).orElseThrow().trackUrns().size() - notInterestedBefore);
        assertTrue(counts.getOrDefault(SimulatedListener.Verdict.UNJUDGED, 0L) > 0);
        for (SimulatedListener.Judged j : judged) {
            if (j.verdict() == SimulatedListener.Verdict.LIKED) assertTrue(cat.userLikes().contains(j.urn()));
        }
    }

    @Test
    void theSameSeedJudgesTheSameTrackTheSameWay() {
        Catalogue cat = catalogue();
        ListenerTaste taste = new ListenerTaste(cat, 7, 0.22);
        SimulatedListener a = new SimulatedListener(cat, taste, new Judging(0, 1.0), 10, 7);
        SimulatedListener b = new SimulatedListener(cat, new ListenerTaste(cat, 7, 0.22), new Judging(0, 1.0), 10, 7);
        for (Catalogue.Track t : cat.tracks().subList(0, 200)) {
            double p = taste.keepChance(t, List.of(), 1);
            assertEquals(a.verdict(t, p, 1), b.verdict(t, p, 5));
        }
    }
}
