package org.musicminion.discover.ranking;

import java.util.ArrayList;
import java.util.List;

/** Short, human explanations of a pick: "4 reposters", "picks you keep 62 %", "uploader you keep 40 %", "remix, 7 min". */
public final class Reasons {
    private Reasons() {}

    public static List<String> of(TrackFacts t, String placedBy, Evidence e) {
        List<String> out = new ArrayList<>();
        if (!t.reposters().isEmpty()) out.add(t.reposters().size() == 1 ? "1 reposter" : t.reposters().size() + " reposters");
        else if (!t.likers().isEmpty()) out.add(t.likers().size() == 1 ? "liked by 1 artist" : "liked by " + t.likers().size() + " artists");
        if (placedBy != null) {
            Evidence.Count c = e.artist(placedBy);
            out.add(c.judged() == 0 ? "new artist: no verdicts yet"
                    : "picks you keep " + percent(e.artistRate(placedBy)) + " (" + c.liked() + " of " + c.judged() + ")");
        }
        Evidence.Count u = e.uploader(t.uploaderUrn());
        if (u.judged() > 0) out.add("uploader you keep " + percent(e.uploaderRate(t.uploaderUrn())) + " (" + u.liked() + " of " + u.judged() + ")");
        if (t.uploaderFollowed()) out.add("uploader you follow");
        Evidence.Count g = e.genre(t.genre());
        if (g.judged() > 0) out.add(t.genre().strip() + ": you keep " + percent(e.genreRate(t.genre())) + " (" + g.liked() + " of " + g.judged() + ")");
        List<String> kind = new ArrayList<>();
        java.util.Set<String> tags = TitleTags.of(t.title());
        if (tags.stream().anyMatch(TitleTags.MIX::contains)) kind.add("mix");
        if (tags.stream().anyMatch(TitleTags.REMIX::contains)) kind.add("remix");
        if (t.durationMs() != null) kind.add(Math.round(t.durationMs() / 60_000.0) + " min");
        if (!kind.isEmpty()) out.add(String.join(", ", kind));
        return out;
    }

    static String percent(double rate) {
        return Math.round(rate * 100) + " %";
    }
}
