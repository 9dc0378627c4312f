package org.musicminion.discover.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.musicminion.discover.http.ApiClient;
import org.musicminion.discover.http.Pages;
import org.musicminion.discover.store.TrackInfo;

/**
 * Reads one artist's list (reposts or likes) page by page. Incremental: stops after the first page
 * whose items are all in {@code known}; full: reads every page. Thread-safe; tracks seen in several lists share one object.
 */
final class ListFetcher {
    private final ApiClient api;
    private final int pageSize;
    private final java.util.concurrent.ConcurrentHashMap<String, TrackInfo> shared = new java.util.concurrent.ConcurrentHashMap<>();

    ListFetcher(ApiClient api, int pageSize) {
        this.api = api;
        this.pageSize = pageSize;
    }

    /** The tracks of the list at {@code path}; {@code known} null or empty reads every page. */
    List<TrackInfo> fetch(String path, Set<String> known, boolean full) {
        List<TrackInfo> tracks = new ArrayList<>();
        Pages pages = Pages.of(api, path, pageSize);
        while (pages.hasNext()) {
            List<JsonNode> page = pages.next();
            boolean allKnown = !page.isEmpty(); // an empty page says nothing: SoundCloud sends them before the end
            for (JsonNode item : page) {
                TrackInfo t = Items.track(item);
                if (t == null) continue;
                tracks.add(shared.putIfAbsent(t.urn(), t) == null ? t : shared.get(t.urn())); // one object per track across lists
                if (known == null || !known.contains(t.urn())) allKnown = false;
            }
            if (!full && allKnown) break;
        }
        return tracks;
    }
}
