package org.musicminion.discover.ranking;

import java.util.ArrayList;
import java.util.List;

/** Small builders of {@link TrackFacts} and {@link Verdict}s for the ranking tests. */
final class Tracks {
    private Tracks() {}

    /** A 4-minute track reposted by {@code reposters} ("a@5": artist a, link first seen at 5), seen first at {@code firstSeen}. */
    static TrackFacts track(String urn, long firstSeen, String... reposters) {
        List<TrackFacts.Source> rs = new ArrayList<>();
        for (String r : reposters) {
            String[] p = r.split("@");
            rs.add(new TrackFacts.Source(p[0], p.length > 1 ? Long.parseLong(p[1]) : firstSeen));
        }
        return new TrackFacts(urn, "Title " + urn, "up-" + urn, false, 240_000L, null, firstSeen, rs, List.of());
    }

    static TrackFacts liked(String urn, long firstSeen, String... likers) {
        List<TrackFacts.Source> ls = new ArrayList<>();
        for (String l : likers) ls.add(new TrackFacts.Source(l, firstSeen));
        return new TrackFacts(urn, "Title " + urn, "up-" + urn, false, 240_000L, null, firstSeen, List.of(), ls);
    }

    /** {@code liked} of {@code n} verdicts on picks of {@code artist}, judged at {@code at}. */
    static List<Verdict> verdicts(String artist, int liked, int n, long at) {
        List<Verdict> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(new Verdict(track(artist + "-v" + i + "@" + at, 0, artist), i < liked, at));
        return out;
    }
}
