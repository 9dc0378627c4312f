package org.musicminion.discover.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.musicminion.discover.ExitCode;
import org.musicminion.discover.ExitException;
import org.musicminion.discover.Messages;
import org.musicminion.discover.SourceKind;
import org.musicminion.discover.soundcloud.FeedItem;
import org.musicminion.discover.soundcloud.SoundCloud;
import org.musicminion.discover.store.ArtistInfo;
import org.musicminion.discover.store.Database;
import org.musicminion.discover.store.FeedState;
import org.musicminion.discover.store.IndexStore;

/**
 * The listener's stream as a source: read it back to the checkpoint ({@link FeedReader}), then keep the
 * reposts by followed reposters ({@code reposts}: unless --no-reposts) and the uploads by followed artists as
 * links with their exact times; everyone else's items are ignored. A stream that cannot be read (after the
 * client's retries) does not stop the run: the other sources still run, the checkpoint stays, the failure is
 * reported ({@link FeedRun}). An expired or revoked login still ends the run (exit 4), as every other read would.
 */
final class FeedSource implements SyncSource {
    /** The stream's path, as incomplete_lists names it when it cannot be read. */
    static final String PATH = "/me/feed/tracks";
    /** The name of the stream's part of the sync summary ({@link FeedSummary}). */
    static final String PART = "feed";
    /** The stream off: nothing read, {@code "feed": null} in the summary. */
    private static final SyncSource OFF = run -> (parts, counts) -> parts.put(PART, null);

    private final Database db;
    private final SoundCloud soundcloud;
    private final FeedWindow window;
    private final boolean reposts;
    private final Messages messages;

    FeedSource(Database db, SoundCloud soundcloud, FeedWindow window, boolean reposts, Messages messages) {
        this.db = db;
        this.soundcloud = soundcloud;
        this.window = window;
        this.reposts = reposts;
        this.messages = messages;
    }

    /**
     * The stream, unless off ({@code sync.feed = false} or --no-feed): then a source that reads nothing and leaves
     * {@code "feed": null} in the summary, as the contract prints it.
     */
    static SyncSource open(Wiring w) {
        SyncOptions o = w.options();
        if (o.feed() == null) return OFF;
        return new FeedSource(w.db(), w.soundcloud(), o.feed(), o.sweep().reposts(), w.messages());
    }

    @Override
    public FeedRun read(Run run) {
        Long checkpoint = db.read(FeedState::checkpoint);
        FeedReader.Result result;
        try {
            result = new FeedReader(soundcloud, window, messages::verbose).read(checkpoint, run.startedAt());
        } catch (ExitException e) {
            if (e.exitCode() == ExitCode.NOT_AUTHENTICATED || e.exitCode() == ExitCode.INTERRUPTED) throw e;
            messages.warn("warning: could not read your stream (" + PATH + "): " + e.getMessage()
                    + "; the sweep ran, the feed checkpoint stays and the next sync reads from it again");
            return FeedRun.failed(checkpoint, e.getMessage());
        }
        Set<String> followed = run.followed().stream().map(ArtistInfo::urn).collect(Collectors.toSet());
        List<IndexStore.FeedLink> links = new ArrayList<>();
        for (FeedItem i : result.items()) {
            if (!followed.contains(i.artistUrn())) continue;
            if (i.kind() == SourceKind.REPOST && !reposts) continue;
            links.add(new IndexStore.FeedLink(Tracks.info(i.track()), i.artistUrn(), i.kind(), i.at().toEpochMilli()));
        }
        return new FeedRun(result, links, checkpoint, result.checkpoint(checkpoint, run.startedAt()), null);
    }
}
