package org.musicminion.discover.soundcloud;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.musicminion.discover.http.Pages;

/** A list of tracks read page by page (so a caller can stop early); items that are not tracks are skipped. Not thread-safe. */
public final class TrackPages {
    private final Pages pages;

    TrackPages(Pages pages) {
        this.pages = pages;
    }

    /** The list's path (no query), as messages name it. */
    public String list() {
        return pages.list();
    }

    public boolean hasNext() {
        return pages.hasNext();
    }

    /** The next page's tracks (possibly none, when the page held only other items). */
    public List<Track> next() {
        List<JsonNode> page = pages.next();
        List<Track> tracks = new ArrayList<>(page.size());
        for (JsonNode item : page) {
            Track t = Items.track(item);
            if (t != null) tracks.add(t);
        }
        return tracks;
    }

    /** Every remaining page's tracks. */
    public List<Track> all() {
        List<Track> all = new ArrayList<>();
        while (hasNext()) all.addAll(next());
        return all;
    }
}
