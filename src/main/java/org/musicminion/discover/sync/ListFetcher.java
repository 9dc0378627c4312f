package org.musicminion.discover.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.musicminion.discover.soundcloud.Track;
import org.musicminion.discover.soundcloud.TrackPages;
import org.musicminion.discover.store.TrackInfo;

/**
 * Reads one artist's list (reposts or likes) page by page. Incremental: stops after the first page
 * whose items are all in {@code known}; full: reads every page. Thread-safe; tracks seen in several lists share one object.
 */
final class ListFetcher {
    private final ConcurrentHashMap<String, TrackInfo> shared = new ConcurrentHashMap<>();

    /** The tracks of {@code pages}; {@code known} null or empty reads every page. */
    List<TrackInfo> fetch(TrackPages pages, Set<String> known, boolean full) {
        List<TrackInfo> tracks = new ArrayList<>();
        while (pages.hasNext()) {
            List<Track> page = pages.next();
            boolean allKnown = !page.isEmpty(); // an empty page says nothing: SoundCloud sends them before the end
            for (Track track : page) {
                TrackInfo t = Tracks.info(track);
                tracks.add(shared.putIfAbsent(t.urn(), t) == null ? t : shared.get(t.urn())); // one object per track across lists
                if (known == null || !known.contains(t.urn())) allKnown = false;
            }
            if (!full && allKnown) break;
        }
        return tracks;
    }
}
