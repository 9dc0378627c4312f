package org.musicminion.discover.soundcloud;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.musicminion.discover.http.Pages;

/**
 * The listener's stream read page by page, newest first, each item read by {@link FeedItemParser}
 * (malformed ones come back as such, to be counted). Not thread-safe.
 */
public final class FeedPages {
    private final Pages pages;

    FeedPages(Pages pages) {
        this.pages = pages;
    }

    public boolean hasNext() {
        return pages.hasNext();
    }

    /** The next page's items, in the order the server sent them. */
    public List<FeedItemParser.Parsed> next() {
        List<JsonNode> page = pages.next();
        List<FeedItemParser.Parsed> items = new ArrayList<>(page.size());
        for (JsonNode item : page) items.add(FeedItemParser.parse(item));
        return items;
    }

    /** Pages fetched so far. */
    public int requests() {
        return pages.requests();
    }
}
