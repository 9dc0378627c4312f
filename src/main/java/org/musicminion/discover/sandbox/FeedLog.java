package org.musicminion.discover.sandbox;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The listener's stream as SoundCloud delivers it: the followed artists' reposts and uploads that
 * reached it (thinning happened before), each at its time, read newest first. Paging positions are
 * (time, sequence) pairs, so items added while a client pages never shift the pages it has yet to
 * read. Readers take a lock-free snapshot; writers insert under a lock. Thread-safe.
 */
final class FeedLog {
    /** One stream item: epoch millis, insertion sequence, track index, artist index, repost or upload. */
    record Event(long at, long seq, int track, int artist, boolean repost) {}

    /** A position between two events: everything strictly older than (at, seq). */
    record Mark(long at, long seq) {}

    private static final Comparator<Event> ORDER = Comparator.comparingLong(Event::at).thenComparingLong(Event::seq);

    private volatile Event[] sorted = new Event[0]; // oldest first
    private long nextSeq;

    /** Builds the log from events in any order (generation). */
    FeedLog(List<Event> initial) {
        Event[] e = initial.toArray(new Event[0]);
        Arrays.sort(e, ORDER);
        sorted = e;
        nextSeq = initial.stream().mapToLong(Event::seq).max().orElse(-1) + 1;
    }

    synchronized void add(long at, int track, int artist, boolean repost) {
        Event e = new Event(at, nextSeq++, track, artist, repost);
        Event[] cur = sorted;
        int pos = Arrays.binarySearch(cur, e, ORDER);
        int at0 = pos < 0 ? -pos - 1 : pos;
        Event[] next = new Event[cur.length + 1];
        System.arraycopy(cur, 0, next, 0, at0);
        next[at0] = e;
        System.arraycopy(cur, at0, next, at0 + 1, cur.length - at0);
        sorted = next;
    }

    int size() {
        return sorted.length;
    }

    /**
     * Up to {@code limit} events newest first, strictly older than {@code before} (null: from the
     * newest) and strictly newer than {@code after} (null: no lower bound). {@code more} is true when
     * older events within the bounds remain.
     */
    Page page(Mark before, Mark after, int limit) {
        Event[] s = sorted;
        int i = s.length - 1;
        if (before != null) {
            int pos = Arrays.binarySearch(s, new Event(before.at(), before.seq(), 0, 0, false), ORDER);
            i = (pos < 0 ? -pos - 1 : pos) - 1;
        }
        List<Event> out = new ArrayList<>(Math.min(limit, 256));
        for (; i >= 0 && out.size() < limit; i--) {
            Event e = s[i];
            if (after != null && !(e.at() > after.at() || (e.at() == after.at() && e.seq() > after.seq()))) break;
            out.add(e);
        }
        boolean more = i >= 0 && (after == null || s[i].at() > after.at() || (s[i].at() == after.at() && s[i].seq() > after.seq()));
        return new Page(out, more);
    }

    /** Every event newest first (tests, stats). */
    List<Event> newestFirst() {
        Event[] s = sorted;
        List<Event> out = new ArrayList<>(s.length);
        for (int i = s.length - 1; i >= 0; i--) out.add(s[i]);
        return out;
    }

    record Page(List<Event> events, boolean more) {}
}
