package org.musicminion.discover.sandbox.zoo;

import java.util.Map;
import java.util.SplittableRandom;

import org.musicminion.discover.sandbox.Catalogue;
import org.musicminion.discover.sandbox.Draws;
import org.musicminion.discover.sandbox.Judging;
import org.musicminion.discover.sandbox.Taste;

/**
 * "light-judge": judges little, mostly by liking. Leaves half of what they hear unjudged, likes what they keep, and
 * files only one in four of the tracks they do not keep; the rest just scroll by. So verdicts are few and mostly
 * likes, and "not judged" is not "not kept". Keeps by genre, uploader and quality.
 */
final class LightJudgeListener implements ListenerStory {
    @Override
    public String name() {
        return "light-judge";
    }

    @Override
    public String summary() {
        return "judges half of what they hear, likes what they keep, files only 1 in 4 of the rest; keeps by genre, uploader, quality";
    }

    @Override
    public Judging judging() {
        return new Judging(0.5, 0.25);
    }

    @Override
    public Taste taste(Catalogue catalogue, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        Map<String, Double> genre = TasteParts.genres(rnd, 0.9);
        Map<String, Double> uploader = TasteParts.uploaders(catalogue, rnd, 0.6);
        Draws draws = new Draws(seed);
        return Taste.calibrated(catalogue, TasteParts.BASE_RATE, (t, pickers, day) -> {
            Catalogue.Truth truth = catalogue.truth(t);
            return genre.get(truth.genre()) + uploader.get(t.user().urn()) + 0.9 * truth.quality() - TasteParts.durationPenalty(t)
                    + 0.6 * TasteParts.noise(draws, t);
        });
    }
}
