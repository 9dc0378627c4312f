package org.musicminion.discover.sync;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.musicminion.discover.soundcloud.FeedItem;
import org.musicminion.discover.soundcloud.FeedItemParser;
import org.musicminion.discover.soundcloud.FeedPages;
import org.musicminion.discover.soundcloud.SoundCloud;

/**
 * Reads the listener's stream newest first, page by page, until a page holds an item older than the
 * window's start ({@link FeedWindow#readsBackTo}), the stream ends, or {@code maxPages} pages were
 * read. Malformed items are counted and skipped, never fatal. A page that cannot be read throws
 * (after the client's retries); the caller then leaves the checkpoint where it was.
 */
public final class FeedReader {

    /**
     * What one read found: the track items inside the window, pages and items read, malformed items
     * skipped, the newest item's time (epoch millis; null when the stream was empty) and whether the
     * page cap stopped the read before it reached the window's start.
     */
    public record Result(List<FeedItem> items, int pages, int itemsRead, int skipped, Long newest, boolean capped) {
        public Result {
            items = List.copyOf(items);
        }

        /**
         * The checkpoint after this read: the newest item's time, never later than {@code now} (a server
         * clock ahead of ours, or a bogus date, must not make later reads stop short) and never earlier
         * than the old checkpoint.
         */
        public Long checkpoint(Long old, long now) {
            if (newest == null) return old;
            long c = Math.min(newest, now);
            return old == null ? c : Math.max(old, c);
        }
    }

    private final SoundCloud soundcloud;
    private final FeedWindow window;
    private final Consumer<String> verbose;

    public FeedReader(SoundCloud soundcloud, FeedWindow window, Consumer<String> verbose) {
        this.soundcloud = soundcloud;
        this.window = window;
        this.verbose = verbose;
    }

    /** Reads back to the checkpoint (null: first run) as seen at {@code now} (epoch millis). */
    public Result read(Long checkpoint, long now) {
        long from = window.readsBackTo(checkpoint, now);
        FeedPages pages = soundcloud.feed();
        List<FeedItem> items = new ArrayList<>();
        int read = 0;
        int skipped = 0;
        Long newest = null;
        boolean reachedStart = false;
        while (pages.hasNext() && !reachedStart && pages.requests() < window.maxPages()) {
            for (FeedItemParser.Parsed p : pages.next()) {
                read++;
                long at;
                if (p instanceof FeedItemParser.Malformed m) {
                    skipped++;
                    verbose.accept("feed: skipped an item: " + m.reason());
                    continue;
                } else if (p instanceof FeedItemParser.Post post) {
                    at = post.item().at().toEpochMilli();
                    if (at >= from) items.add(post.item());
                } else {
                    at = ((FeedItemParser.Other) p).at().toEpochMilli();
                }
                if (at < from) reachedStart = true;
                else newest = newest == null ? at : Math.max(newest, at);
            }
        }
        boolean capped = !reachedStart && pages.hasNext();
        if (capped) {
            verbose.accept("feed: stopped after sync.feed_max_pages = " + window.maxPages() + " pages before reaching "
                    + Instant.ofEpochMilli(from) + "; the sweep fills the gap");
        }
        return new Result(items, pages.requests(), read, skipped, newest, capped);
    }
}
