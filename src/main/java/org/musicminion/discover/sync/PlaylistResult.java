package org.musicminion.discover.sync;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A playlist as pushed: its URN and how many tracks it now holds. A dry run also lists the URNs it
 * would push ({@code track_urns}) and says {@code dry_run: true}; {@code urn} is then null when the
 * account has no playlist of that title.
 */
@JsonPropertyOrder({"urn", "tracks", "track_urns", "dry_run"})
public record PlaylistResult(String urn, int tracks,
                             @JsonInclude(JsonInclude.Include.NON_NULL) List<String> track_urns,
                             @JsonInclude(JsonInclude.Include.NON_NULL) Boolean dry_run) {

    public PlaylistResult(String urn, int tracks) {
        this(urn, tracks, null, null);
    }

    /** What a dry run would push to the playlist {@code urn} (null when it does not exist). */
    public static PlaylistResult dryRun(String urn, List<String> trackUrns) {
        return new PlaylistResult(urn, trackUrns.size(), List.copyOf(trackUrns), true);
    }
}
