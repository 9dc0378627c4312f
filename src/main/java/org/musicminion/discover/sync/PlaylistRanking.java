package org.musicminion.discover.sync;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;

/**
 * Chooses the tracks of the discovery and mixes playlists from the index as it stands in the caller's
 * transaction (after the plan's merge). {@link Sync} calls it only when a playlist is pushed or
 * previewed; {@link DiscoveryRanking} is the one in use, and another ranking plugs in here.
 */
@FunctionalInterface
public interface PlaylistRanking {
    /** The picks, best first; {@code owned} are tracks already in the user's other playlists (never proposed). */
    DiscoveryRanking.Picks rank(Connection c, Set<String> owned) throws SQLException;
}
