package org.musicminion.discover.sandbox.zoo;

import java.util.Map;
import java.util.SplittableRandom;

import org.musicminion.discover.sandbox.Catalogue;
import org.musicminion.discover.sandbox.Draws;
import org.musicminion.discover.sandbox.Taste;
import org.musicminion.discover.sandbox.World;

/**
 * "promo-flood": half of the follow list are repost networks. Four rings of five accounts push the same weak promo
 * uploads, three new ones a day, so the most reposted tracks of the index are nearly all promo. The listener keeps by
 * genre, uploader and quality; promo uploads (weak, from a few label accounts) are rarely kept. "Most reposters
 * first" fails here; a ranking must learn that reposter count, from these accounts, is evidence against.
 */
final class PromoFloodListener implements ListenerStory {
    @Override
    public String name() {
        return "promo-flood";
    }

    @Override
    public String summary() {
        return "half the follow list is four promo rings pushing the same weak uploads daily; keeps by genre, uploader, quality";
    }

    @Override
    public World world() {
        return World.SOUNDCLOUD.withRings(4, 5, 30, 3).withCuratorShare(0.1);
    }

    @Override
    public Taste taste(Catalogue catalogue, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        Map<String, Double> genre = TasteParts.genres(rnd, 0.9);
        Map<String, Double> uploader = TasteParts.uploaders(catalogue, rnd, 0.5);
        Draws draws = new Draws(seed);
        return Taste.calibrated(catalogue, TasteParts.BASE_RATE, (t, pickers, day) -> {
            Catalogue.Truth truth = catalogue.truth(t);
            return 1.0 * truth.quality() + genre.get(truth.genre()) + uploader.get(t.user().urn()) - TasteParts.durationPenalty(t)
                    + 0.7 * TasteParts.noise(draws, t);
        });
    }
}
