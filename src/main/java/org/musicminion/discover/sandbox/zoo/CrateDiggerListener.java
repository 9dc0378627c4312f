package org.musicminion.discover.sandbox.zoo;

import java.util.Map;
import java.util.SplittableRandom;

import org.musicminion.discover.sandbox.Catalogue;
import org.musicminion.discover.sandbox.Draws;
import org.musicminion.discover.sandbox.Taste;

/**
 * "crate-digger" (written after the ranking was frozen, without reading it): a listener after deep cuts. The more of
 * the followed artists surfaced a track, the less it appeals (what everybody passes around is what they have heard
 * already), whatever its quality; long versions appeal (extended mixes of six to nine minutes), short edits do not;
 * genre and quality count only a little. A ranking wins here by learning that reposter counts and short durations
 * are evidence against, from this listener's verdicts alone.
 */
final class CrateDiggerListener implements ListenerStory {
    @Override
    public String name() {
        return "crate-digger";
    }

    @Override
    public String summary() {
        return "wants deep cuts: the more followed artists surfaced a track the less it appeals; long versions over short edits";
    }

    @Override
    public Taste taste(Catalogue catalogue, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        Map<String, Double> genre = TasteParts.genres(rnd, 0.5);
        Draws draws = new Draws(seed);
        return Taste.calibrated(catalogue, TasteParts.BASE_RATE, (t, pickers, day) -> {
            Catalogue.Truth truth = catalogue.truth(t);
            double crowd = -0.9 * Math.log(Math.max(1, pickers.size())); // one picker: 0; two: -0.62; five: -1.45
            double minutes = t.durationMs() / 60_000.0;
            double length = minutes < 6 ? -0.35 * (6 - minutes) : minutes > 9 ? -0.3 * (minutes - 9) : 0.4;
            return crowd + length + genre.get(truth.genre()) + 0.3 * truth.quality() + 0.6 * TasteParts.noise(draws, t);
        });
    }
}
