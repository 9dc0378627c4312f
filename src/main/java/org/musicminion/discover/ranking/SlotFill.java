package org.musicminion.discover.ranking;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * Chooses the playlist round-robin: each round, every artist with slots left places its best remaining track
 * (a round in the caller's order); rounds repeat until the playlist is full or no artist has slots and tracks
 * left. When that leaves the playlist short, the best leftover tracks fill it, one at a time, and the result
 * says the slots were relaxed; a cap is never dropped wholesale. The chosen tracks are then listed in the
 * caller's order (best first), so the listener hears the likeliest keeps first.
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
    public static Fill greedy(List<Scored> best, ToIntFunction<String> slots, int max) {
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

    /**
     * @param best  candidates best first (the caller's order decides ties)
     * @param slots how many tracks each artist may place
     */
    public static Fill fill(List<Scored> best, ToIntFunction<String> slots, int max) {
        Map<String, List<Integer>> byArtist = new LinkedHashMap<>(); // positions in best, per artist, in order of each one's best
        for (int i = 0; i < best.size(); i++) {
            String a = best.get(i).placedBy();
            byArtist.computeIfAbsent(a == null ? "" : a, k -> new ArrayList<>()).add(i);
        }
        List<String> artists = new ArrayList<>(byArtist.keySet());
        int[] left = new int[artists.size()];
        for (int a = 0; a < left.length; a++) left[a] = artists.get(a).isEmpty() ? 0 : slots.applyAsInt(artists.get(a));
        int[] next = new int[artists.size()];
        boolean[] placed = new boolean[best.size()];
        int count = 0;
        while (count < max) {
            List<Integer> round = new ArrayList<>();
            for (int a = 0; a < left.length; a++) {
                List<Integer> mine = byArtist.get(artists.get(a));
                if (left[a] > 0 && next[a] < mine.size()) {
                    round.add(mine.get(next[a]++));
                    left[a]--;
                }
            }
            if (round.isEmpty()) break;
            round.sort(null); // a round in the callers' order (best first)
            for (int i : round) {
                if (count >= max) break;
                placed[i] = true;
                count++;
            }
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
