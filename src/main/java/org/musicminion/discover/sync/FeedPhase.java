package org.musicminion.discover.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.musicminion.discover.ExitCode;
import org.musicminion.discover.ExitException;
import org.musicminion.discover.Messages;
import org.musicminion.discover.SourceKind;
import org.musicminion.discover.soundcloud.FeedItem;
import org.musicminion.discover.soundcloud.SoundCloud;
import org.musicminion.discover.store.Database;
import org.musicminion.discover.store.FeedState;
import org.musicminion.discover.store.IndexStore;

/**
 * Sync's first phase: read the stream back to the checkpoint ({@link FeedReader}), then keep the
 * reposts by followed reposters and the uploads by followed artists as links with their exact times;
 * everyone else's items are ignored. A stream that cannot be read (after the client's retries) does
 * not stop the run: the sweep still runs, the checkpoint stays, the failure is reported. An expired
 * or revoked login still ends the run (exit 4), as every other read would.
 */
final class FeedPhase {
    /** The stream's path, as incomplete_lists names it when it cannot be read. */
    static final String PATH = "/me/feed/tracks";

    private final Database db;
    private final SoundCloud soundcloud;
    private final FeedWindow window;
    private final Messages messages;

    FeedPhase(Database db, SoundCloud soundcloud, FeedWindow window, Messages messages) {
        this.db = db;
        this.soundcloud = soundcloud;
        this.window = window;
        this.messages = messages;
    }

    /** The network part, before the followings are known. */
    Reading read(long now) {
        Long checkpoint = db.read(FeedState::checkpoint);
        try {
            return new Reading(new FeedReader(soundcloud, window, messages::verbose).read(checkpoint, now), checkpoint, null, now);
        } catch (ExitException e) {
            if (e.exitCode() == ExitCode.NOT_AUTHENTICATED || e.exitCode() == ExitCode.INTERRUPTED) throw e;
            messages.warn("warning: could not read your stream (" + PATH + "): " + e.getMessage()
                    + "; the sweep ran, the feed checkpoint stays and the next sync reads from it again");
            return new Reading(null, checkpoint, e.getMessage(), now);
        }
    }

    /** What a read gave, before it is matched against the followings. */
    record Reading(FeedReader.Result result, Long checkpoint, String error, long now) {
        /** The links for followed artists ({@code reposts}: repost items are kept). */
        FeedRun plan(Set<String> followed, boolean reposts) {
            if (result == null) return FeedRun.failed(checkpoint, error);
            List<IndexStore.FeedLink> links = new ArrayList<>();
            for (FeedItem i : result.items()) {
                if (!followed.contains(i.artistUrn())) continue;
                if (i.kind() == SourceKind.REPOST && !reposts) continue;
                links.add(new IndexStore.FeedLink(Tracks.info(i.track()), i.artistUrn(), i.kind(), i.at().toEpochMilli()));
            }
            return new FeedRun(result, links, checkpoint, result.checkpoint(checkpoint, now), null);
        }
    }
}
