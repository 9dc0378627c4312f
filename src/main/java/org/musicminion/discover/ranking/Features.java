package org.musicminion.discover.ranking;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The keep model's inputs, each named once here with what it reads. Every feature is evidence from your own
 * verdicts: the keys a track counts under (its reposters, its uploader, its genre, ...) and, as the value, the
 * {@link Ledger#deviation}s of those keys summed (reposters weighted by {@link Voices}, so accounts that repost
 * together speak once). With no verdicts every value is 0; a key you have kept more than usual pushes up.
 */
public enum Features {
    /** The followed accounts that reposted it, one voice per group that reposts together. */
    REPOSTERS("reposters", (t, at) -> prefixed("r:", t.reposters())),
    /** The followed accounts that liked it. */
    LIKERS("likers", (t, at) -> prefixed("l:", t.likers())),
    /** The account that uploaded it, and whether you follow it. */
    UPLOADER("uploader", (t, at) -> t.uploaderUrn() == null ? List.of() : List.of("u:" + t.uploaderUrn(), t.uploaderFollowed() ? "f:yes" : "f:no")),
    /** Its genre, however spelled ({@link Genres}). */
    GENRE("genre", (t, at) -> {
        String g = Genres.key(t.genre());
        return g == null ? List.of() : List.of("g:" + g);
    }),
    /** Its title's tags ({@link TitleTags}): remix, edit, VIP, live, ... */
    TAGS("tags", (t, at) -> TitleTags.of(t.title()).stream().map(x -> "t:" + x).toList()),
    /** Its length: under 2:30, to 4, to 6, to 8, longer, unknown. */
    DURATION("duration", (t, at) -> List.of("d:" + durationBand(t.durationMs()))),
    /** How many followed accounts reposted it: 0, 1, 2, 3–4, 5–8, 9 or more (many can be a bad sign as well as a good one). */
    CROWD("crowd", (t, at) -> List.of("n:" + crowdBand(t.reposters().size()))),
    /** How old it was when ranked or judged: under a week, a month, half a year, older, unknown. */
    AGE("age", (t, at) -> List.of("a:" + ageBand(t.createdAt(), at)));

    private final String label;
    private final BiFunction<TrackFacts, Long, List<String>> keys;

    Features(String label, BiFunction<TrackFacts, Long, List<String>> keys) {
        this.label = label;
        this.keys = keys;
    }

    public String label() {
        return label;
    }

    /** The ledger keys {@code t} counts under for this feature, as known at {@code at}. */
    List<String> keys(TrackFacts t, long at) {
        return keys.apply(t, at);
    }

    /** This feature's value for {@code t} read from {@code ledger} at {@code at}. */
    double value(TrackFacts t, long at, Ledger ledger, Voices voices) {
        if (this == REPOSTERS) {
            double[] w = voices.weights(t.reposters());
            double sum = 0;
            for (int i = 0; i < w.length; i++) sum += w[i] * ledger.deviation("r:" + t.reposters().get(i).artistUrn(), at);
            return sum;
        }
        double sum = 0;
        for (String k : keys(t, at)) sum += ledger.deviation(k, at);
        return sum;
    }

    /** Every key of every feature (what a verdict on {@code t} is counted under). */
    static List<String> allKeys(TrackFacts t, long at) {
        List<String> out = new ArrayList<>();
        for (Features f : values()) out.addAll(f.keys(t, at));
        return out;
    }

    /** The feature vector of {@code t} at {@code at}, in declaration order. */
    static double[] vector(TrackFacts t, long at, Ledger ledger, Voices voices) {
        Features[] fs = values();
        double[] x = new double[fs.length];
        for (int i = 0; i < fs.length; i++) x[i] = fs[i].value(t, at, ledger, voices);
        return x;
    }

    /** The names in vector order. */
    public static List<String> names() {
        List<String> out = new ArrayList<>();
        for (Features f : values()) out.add(f.label);
        return out;
    }

    private static List<String> prefixed(String prefix, List<TrackFacts.Source> sources) {
        List<String> out = new ArrayList<>(sources.size());
        for (TrackFacts.Source s : sources) out.add(prefix + s.artistUrn());
        return out;
    }

    static String durationBand(Long ms) {
        if (ms == null) return "unknown";
        double min = ms / 60_000.0;
        return min < 2.5 ? "short" : min < 4 ? "4" : min < 6 ? "6" : min < 8 ? "8" : "long";
    }

    static String crowdBand(int n) {
        return n <= 2 ? Integer.toString(n) : n <= 4 ? "3-4" : n <= 8 ? "5-8" : "9+";
    }

    static String ageBand(Long createdAt, long at) {
        if (createdAt == null) return "unknown";
        double days = (at - createdAt) / 86_400_000.0;
        return days < 7 ? "week" : days < 31 ? "month" : days < 183 ? "half-year" : "older";
    }
}
