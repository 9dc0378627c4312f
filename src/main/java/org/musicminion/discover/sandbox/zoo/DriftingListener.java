package org.musicminion.discover.sandbox.zoo;

import java.util.Map;
import java.util.SplittableRandom;

import org.musicminion.discover.sandbox.Catalogue;
import org.musicminion.discover.sandbox.Draws;
import org.musicminion.discover.sandbox.Taste;

/**
 * "drifter": taste that moves over weeks. Genre affinities turn from one drawn profile to another, independent one
 * over {@code DRIFT_DAYS} days (on day 1 all the first, from then on a rotation between the two), so verdicts of the
 * first week mislead by the fourth. Quality counts too. A ranking wins here by weighting recent verdicts and by
 * exploring genres it stopped showing.
 */
final class DriftingListener implements ListenerStory {
    static final int DRIFT_DAYS = 28;

    @Override
    public String name() {
        return "drifter";
    }

    @Override
    public String summary() {
        return "genre taste turns from one profile to an independent one over four weeks; quality counts too";
    }

    @Override
    public Taste taste(Catalogue catalogue, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        Map<String, Double> before = TasteParts.genres(rnd, 1.3);
        Map<String, Double> after = TasteParts.genres(rnd, 1.3);
        Draws draws = new Draws(seed);
        return Taste.calibrated(catalogue, TasteParts.BASE_RATE, (t, pickers, day) -> {
            Catalogue.Truth truth = catalogue.truth(t);
            double turn = Math.PI / 2 * Math.min(1.0, Math.max(0, day - 1) / (double) DRIFT_DAYS);
            double g = Math.cos(turn) * before.get(truth.genre()) + Math.sin(turn) * after.get(truth.genre());
            return g + 0.7 * truth.quality() - TasteParts.durationPenalty(t) + 0.6 * TasteParts.noise(draws, t);
        });
    }
}
