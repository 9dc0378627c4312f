package org.musicminion.discover.cli;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import org.musicminion.discover.ranking.Pick;
import org.musicminion.discover.store.TrackQuery;

/**
 * One track as {@code tracks} prints it: one NDJSON line for programs, one table row for people
 * ({@link TracksView}). With --explain it also carries how the ranking sees the track.
 */
record TrackLine(String urn, long id, String title, String artist, String permalinkUrl, String firstSeen, int repostCount,
                 int likeCount, List<String> repostedBy, List<String> likedBy, String judgment, List<String> uploadedBy,
                 String lastRepostedAt, @JsonUnwrapped Explanation explanation) {

    /** The --explain fields: score and placed_by null, reasons empty, for a track the ranking does not see. */
    record Explanation(Double score, String placedBy, List<String> reasons) {
        static Explanation of(Pick p) {
            return p == null ? new Explanation(null, null, List.of()) : new Explanation(p.score(), p.placedBy(), p.reasons());
        }
    }

    /** The row's line; {@code explanation} null without --explain. */
    static TrackLine of(TrackQuery.TrackRow r, Explanation explanation) {
        TrackQuery.Links l = r.links();
        return new TrackLine(r.urn(), r.id(), r.title(), r.artist(), r.permalinkUrl(), Output.iso(r.firstSeen()), l.repostCount(),
                l.likeCount(), l.repostedBy(), l.likedBy(), r.judgment(), l.uploadedBy(), Output.iso(l.lastRepostedAt()), explanation);
    }
}
