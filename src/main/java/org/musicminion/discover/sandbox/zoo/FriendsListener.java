package org.musicminion.discover.sandbox.zoo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.musicminion.discover.sandbox.Catalogue;
import org.musicminion.discover.sandbox.Draws;
import org.musicminion.discover.sandbox.Taste;

/**
 * "friends" (written after the ranking was frozen, without reading it): a listener who follows forty artists but
 * trusts three of them, friends, and what those friends <em>like</em> on SoundCloud is what they usually keep. A
 * friend's repost counts for nothing (reposts are favours to mates and label duty), and so does everybody else's;
 * genre matters a little, quality and length barely. The friends are three followed artists drawn from the seed, and
 * their likes are the ones SoundCloud serves ({@code /users/{urn}/likes/tracks}). A ranking wins here only by telling
 * a like from a repost and learning whose likes this listener keeps.
 */
final class FriendsListener implements ListenerStory {
    static final int FRIENDS = 3;

    @Override
    public String name() {
        return "friends";
    }

    @Override
    public String summary() {
        return "keeps what three friends among the followed artists like; reposts, even the friends', count for nothing";
    }

    @Override
    public Taste taste(Catalogue catalogue, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        Map<String, Double> genre = TasteParts.genres(rnd, 0.7);
        List<String> friends = friends(catalogue, seed);
        Draws draws = new Draws(seed);
        return Taste.calibrated(catalogue, TasteParts.BASE_RATE, (t, pickers, day) -> {
            Catalogue.Truth truth = catalogue.truth(t);
            long liked = friends.stream().filter(f -> catalogue.likesOf(f).contains(t.urn())).count();
            double friendsLike = liked == 0 ? 0 : liked == 1 ? 2.2 : 2.8;
            return friendsLike + genre.get(truth.genre()) + 0.3 * truth.quality() - 0.5 * TasteParts.durationPenalty(t)
                    + 0.6 * TasteParts.noise(draws, t);
        });
    }

    /** The friends of the listener {@code taste(catalogue, seed)}: {@link #FRIENDS} of the followed artists, drawn from the seed. */
    static List<String> friends(Catalogue catalogue, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed ^ 0xF81E4D5L);
        List<String> followed = new ArrayList<>(catalogue.followings().stream().map(Catalogue.User::urn).toList());
        List<String> out = new ArrayList<>();
        for (int i = 0; i < FRIENDS && !followed.isEmpty(); i++) out.add(followed.remove(rnd.nextInt(followed.size())));
        return List.copyOf(out);
    }
}
