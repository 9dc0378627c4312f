package org.musicminion.discover.sync;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.musicminion.discover.store.PlayerDatabase;
import org.musicminion.discover.store.TrackInfo;

/**
 * The user's verdicts as SoundCloud holds them: liked tracks, and the tracks of the two judgment
 * playlists (by URN), with the metadata of every one of those tracks, and the lists among them that
 * could not be read completely (they contribute nothing); and what Music Minion's database says
 * ({@code player}; null when it is off or absent).
 */
public record RemoteJudgments(Set<String> liked, Set<String> notInterested, Set<String> notQuite,
                              Collection<TrackInfo> tracks, List<IncompleteList> incomplete, PlayerDatabase.Reading player) {
}
