package org.musicminion.discover.sandbox;

import java.util.Arrays;

/**
 * A list of ints (track indices) read newest first, appended to (and rarely removed from: an unlike). Readers take a lock-free snapshot;
 * writers append under a lock. Cursors are positions in append order, so items appended while a
 * client pages (new reposts at the head) never shift the pages it has yet to read.
 */
final class AppendList {
    private record Snap(int[] data, int size) {}

    private volatile Snap snap;

    AppendList(int[] oldestFirst) {
        this.snap = new Snap(oldestFirst, oldestFirst.length);
    }

    int size() {
        return snap.size;
    }

    /** Appends {@code value} as the newest item unless present; true when added. */
    synchronized boolean append(int value) {
        Snap s = snap;
        for (int i = 0; i < s.size; i++) if (s.data[i] == value) return false;
        int[] d = s.data;
        if (s.size == d.length) d = Arrays.copyOf(d, Math.max(8, d.length * 2));
        d[s.size] = value;
        snap = new Snap(d, s.size + 1);
        return true;
    }

    /**
     * Removes {@code value} (an unlike); true when it was there. A new array, so snapshots already
     * taken stay as they were; cursors of pages in flight may then skip one item, as SoundCloud's do.
     */
    synchronized boolean remove(int value) {
        Snap s = snap;
        for (int i = 0; i < s.size; i++) {
            if (s.data[i] != value) continue;
            int[] d = new int[Math.max(8, s.data.length)];
            System.arraycopy(s.data, 0, d, 0, i);
            System.arraycopy(s.data, i + 1, d, i, s.size - i - 1);
            snap = new Snap(d, s.size - 1);
            return true;
        }
        return false;
    }

    boolean contains(int value) {
        Snap s = snap;
        for (int i = 0; i < s.size; i++) if (s.data[i] == value) return true;
        return false;
    }

    int[] newestFirst() {
        Snap s = snap;
        int[] out = new int[s.size];
        for (int i = 0; i < s.size; i++) out[i] = s.data[s.size - 1 - i];
        return out;
    }

    /**
     * One page newest first. {@code cursor} is the exclusive upper position from a previous page,
     * or -1 for the first page. The answer's {@code next} is -1 when nothing older remains.
     */
    IntPage page(long cursor, int limit) {
        Snap s = snap;
        int from = cursor < 0 ? s.size : (int) Math.min(cursor, s.size);
        int to = Math.max(0, from - limit);
        int[] items = new int[from - to];
        for (int i = 0; i < items.length; i++) items[i] = s.data[from - 1 - i];
        return new IntPage(items, to > 0 ? to : -1);
    }

    /** A page of indices and the cursor of the next page (-1: last page). */
    record IntPage(int[] items, long next) {}
}
