package org.musicminion.discover.sync;

import java.time.Clock;

import org.musicminion.discover.Messages;
import org.musicminion.discover.http.ApiClient;
import org.musicminion.discover.ranking.DiscoveryRanker;
import org.musicminion.discover.soundcloud.SoundCloud;
import org.musicminion.discover.store.Database;

/** A sync wired as the command wires it (SoundCloud on {@code api}, the discovery ranking, no progress bar), for tests and benches. */
final class TestSyncs {
    private TestSyncs() {}

    static Sync of(Database db, ApiClient api, SyncOptions o, Clock clock, Messages messages) {
        return new Sync(db, new SoundCloud(api, o.pageSize()), o, PlaylistRanking.of(new DiscoveryRanker(o.rules())), clock, messages,
                SyncProgress.NONE);
    }
}
