package org.musicminion.discover.sandbox.zoo;

import java.util.Map;
import java.util.SplittableRandom;

import org.musicminion.discover.sandbox.Catalogue;
import org.musicminion.discover.sandbox.Draws;
import org.musicminion.discover.sandbox.TitleTag;
import org.musicminion.discover.sandbox.Taste;
import org.musicminion.discover.sandbox.World;

/**
 * "tag-digger": a crate digger with strong genre taste and strong views on versions. Loves VIPs and bootlegs, likes
 * remixes, avoids radio edits and live recordings; half the titles carry a tag, written several ways, and genres are
 * free text spelled many ways by habit ("DnB", "Drum and Bass", "drum & bass"), some empty. A ranking wins here by
 * normalising genres and reading title words.
 */
final class TagDiggerListener implements ListenerStory {
    @Override
    public String name() {
        return "tag-digger";
    }

    @Override
    public String summary() {
        return "strong genre taste under many spellings; loves VIP and bootleg, avoids radio edit and live (half the titles tagged)";
    }

    @Override
    public World world() {
        return new World(0.5, true, 0.2, 2, 6, 30, 2);
    }

    @Override
    public Taste taste(Catalogue catalogue, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        Map<String, Double> genre = TasteParts.genres(rnd, 1.3);
        Map<TitleTag, Double> tag = TasteParts.tags(0.5, 0.2, 1.3, 1.0, -1.6, -1.2);
        Draws draws = new Draws(seed);
        return Taste.calibrated(catalogue, TasteParts.BASE_RATE, (t, pickers, day) -> {
            Catalogue.Truth truth = catalogue.truth(t);
            return genre.get(truth.genre()) + tag.get(truth.tag()) + 0.5 * truth.quality() - TasteParts.durationPenalty(t)
                    + 0.6 * TasteParts.noise(draws, t);
        });
    }
}
