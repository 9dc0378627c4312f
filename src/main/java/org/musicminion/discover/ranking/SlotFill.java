package org.musicminion.discover.ranking;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * Chooses the playlist from candidates best first: a track goes in while its artist still has a slot; when that
 * leaves the playlist short, the best leftovers fill it, one at a time, and the result says the slots were
 * relaxed; a cap is never dropped wholesale. The chosen tracks keep the caller's order (best first).
 */
public final class SlotFill {
    /** A track with its score and the artist it counts against (null: none). */
    public record Scored(TrackFacts track, double score, String placedBy) {
    }

    /** The playlist, best first, and whether leftovers beyond the slots were needed. */
    public record Fill(List<Scored> picks, boolean slotsRelaxed) {
    }

    private SlotFill() {}

    /**
     * Chooses best first: a track goes in when its artist still has a slot; then, when that leaves the playlist
     * short, the best leftovers, one at a time (the result says the slots were relaxed).
     */
    public static Fill fill(List<Scored> best, ToIntFunction<String> slots, int max) {
        Map<String, Integer> left = new java.util.HashMap<>();
        boolean[] placed = new boolean[best.size()];
        int count = 0;
        for (int i = 0; i < best.size() && count < max; i++) {
            String a = best.get(i).placedBy();
            if (a == null) continue;
            int l = left.computeIfAbsent(a, slots::applyAsInt);
            if (l <= 0) continue;
            left.put(a, l - 1);
            placed[i] = true;
            count++;
        }
        boolean relaxed = false;
        for (int i = 0; i < best.size() && count < max; i++) {
            if (placed[i]) continue;
            placed[i] = true;
            count++;
            relaxed = true;
        }
        List<Scored> picks = new ArrayList<>(count);
        for (int i = 0; i < best.size(); i++) if (placed[i]) picks.add(best.get(i));
        return new Fill(List.copyOf(picks), relaxed);
    }
}
