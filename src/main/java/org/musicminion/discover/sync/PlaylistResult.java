package org.musicminion.discover.sync;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.musicminion.discover.ranking.Pick;
import org.musicminion.discover.ranking.Ranked;
import org.musicminion.discover.ranking.RankingKind;

/**
 * A playlist as pushed: its URN and how many tracks it now holds. A dry run also lists the URNs it
 * would push ({@code track_urns}) and says {@code dry_run: true}; {@code urn} is then null when the
 * account has no playlist of that title. The discovery playlist also carries its {@code picks} (score,
 * {@code placed_by}, reasons), whether they needed tracks beyond the artists' slots ({@code slots_relaxed})
 * and which scorer ranked them ({@code ranking}: model or heuristic). A push the day's write budget did not allow says
 * {@code deferred: true} ({@code tracks}: what it would hold); a later sync pushes it.
 */
@JsonPropertyOrder({"urn", "tracks", "track_urns", "dry_run", "deferred", "ranking", "slots_relaxed", "picks"})
public record PlaylistResult(String urn, int tracks,
                             @JsonInclude(JsonInclude.Include.NON_NULL) List<String> trackUrns,
                             @JsonInclude(JsonInclude.Include.NON_NULL) Boolean dryRun,
                             @JsonInclude(JsonInclude.Include.NON_NULL) Boolean deferred,
                             @JsonInclude(JsonInclude.Include.NON_NULL) RankingKind ranking,
                             @JsonInclude(JsonInclude.Include.NON_NULL) Boolean slotsRelaxed,
                             @JsonInclude(JsonInclude.Include.NON_NULL) List<Pick> picks) {

    public PlaylistResult(String urn, int tracks) {
        this(urn, tracks, null, null, null, null, null, null);
    }

    /** What a dry run would push to the playlist {@code urn} (null when it does not exist). */
    public static PlaylistResult dryRun(String urn, List<String> trackUrns) {
        return new PlaylistResult(urn, trackUrns.size(), List.copyOf(trackUrns), true, null, null, null, null);
    }

    /** A push of {@code tracks} tracks to {@code urn} the write budget deferred to a later sync. */
    public static PlaylistResult deferred(String urn, int tracks) {
        return new PlaylistResult(urn, tracks, null, null, true, null, null, null);
    }

    /** True when this push waits for a later sync. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isDeferred() {
        return Boolean.TRUE.equals(deferred);
    }

    /** This result with the ranking's picks (as many as the playlist holds) and how they were made. */
    public PlaylistResult withPicks(Ranked r) {
        List<Pick> p = r.discovery().subList(0, Math.min(tracks, r.discovery().size()));
        return new PlaylistResult(urn, tracks, trackUrns, dryRun, deferred, r.ranking(), r.slotsRelaxed(), List.copyOf(p));
    }
}
