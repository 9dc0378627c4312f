package org.musicminion.discover.sandbox.zoo;

import java.util.Map;
import java.util.SplittableRandom;

import org.musicminion.discover.sandbox.Catalogue;
import org.musicminion.discover.sandbox.Draws;
import org.musicminion.discover.sandbox.Taste;

/**
 * "curators": keeps what is good, and what is good shows only in WHO reposts it. One followed artist in five is a
 * curator who reposts only strong tracks; two rings of six push the same weak promo uploads; the rest repost anything.
 * Genre matters little. A track with many reposters is usually a ring push: evidence against it. A ranking wins here
 * by learning which reposters' picks are kept, and by counting a ring as one voice.
 */
final class CuratorListener implements ListenerStory {
    @Override
    public String name() {
        return "curators";
    }

    @Override
    public String summary() {
        return "keeps good tracks; quality shows only in who reposts (curators vs two promo rings of six); genre matters little";
    }

    @Override
    public Taste taste(Catalogue catalogue, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        Map<String, Double> genre = TasteParts.genres(rnd, 0.4);
        Draws draws = new Draws(seed);
        return Taste.calibrated(catalogue, TasteParts.BASE_RATE, (t, pickers, day) -> {
            Catalogue.Truth truth = catalogue.truth(t);
            return 1.6 * truth.quality() + genre.get(truth.genre()) - TasteParts.durationPenalty(t) + 0.6 * TasteParts.noise(draws, t);
        });
    }
}
