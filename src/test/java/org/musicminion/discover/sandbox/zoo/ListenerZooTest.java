package org.musicminion.discover.sandbox.zoo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.musicminion.discover.sandbox.Catalogue;
import org.musicminion.discover.sandbox.CatalogueSpec;
import org.musicminion.discover.sandbox.FeedSpec;
import org.musicminion.discover.sandbox.SimulatedListener;
import org.musicminion.discover.sandbox.Taste;
import org.musicminion.discover.sandbox.TitleTag;

/** The zoo's members: each a different story, seeded, calibrated, and readable by name. */
class ListenerZooTest {
    private static final Clock START = Clock.fixed(Instant.parse("2026-11-02T06:00:00Z"), ZoneOffset.UTC);

    static Catalogue catalogue(ListenerStory story) {
        return Catalogue.generate(new CatalogueSpec(40, 60, 4000, 5, 0.05, 0), FeedSpec.DEFAULT, story.world(), START);
    }

    static ListenerStory member(String name) {
        return ListenerZoo.byName(name).orElseThrow();
    }

    /** The mean keep chance on {@code day} of the surfaced live tracks that pass {@code which}. */
    static double meanKeep(Catalogue c, Taste taste, int day, Predicate<Map.Entry<String, Set<String>>> which) {
        return c.pickersByTrack().entrySet().stream().filter(e -> !c.track(e.getKey()).orElseThrow().deleted()).filter(which)
                .mapToDouble(e -> taste.keepChance(c.track(e.getKey()).orElseThrow(), List.copyOf(e.getValue()), day)).average().orElseThrow();
    }

    @Test
    void everyMemberHasItsOwnNameAndIsCalibratedToTheSameBaseKeepRate() {
        assertTrue(ListenerZoo.ALL.size() >= 5);
        assertEquals(ListenerZoo.ALL.size(), new HashSet<>(ListenerZoo.names()).size());
        assertEquals("classic", ListenerZoo.DEFAULT);
        for (ListenerStory s : ListenerZoo.ALL) {
            assertTrue(s.name().matches("[a-z][a-z-]*"), s.name());
            assertTrue(s.summary().length() > 20, s.name());
            Catalogue c = catalogue(s);
            assertEquals(TasteParts.BASE_RATE, meanKeep(c, s.taste(c, 11), 1, e -> true), 0.005, s.name());
        }
    }

    @Test
    void theSameSeedIsTheSameListenerAndAnotherSeedAnother() {
        for (ListenerStory s : ListenerZoo.ALL) {
            Catalogue c = catalogue(s);
            Taste a = s.taste(c, 11);
            Taste b = s.taste(c, 11);
            Taste other = s.taste(c, 12);
            int differ = 0;
            for (Catalogue.Track t : c.tracks().subList(0, 300)) {
                assertEquals(a.keepChance(t, List.of(), 3), b.keepChance(t, List.of(), 3), s.name());
                if (Math.abs(a.keepChance(t, List.of(), 3) - other.keepChance(t, List.of(), 3)) > 0.01) differ++;
            }
            assertTrue(differ > 150, s.name() + ": " + differ);
        }
    }

    @Test
    void forTheCuratorsListenerAHighReposterCountIsEvidenceAgainstATrack() {
        ListenerStory s = member("curators");
        Catalogue c = catalogue(s);
        Taste taste = s.taste(c, 11);
        Map<String, Set<String>> reposters = c.repostersByTrack();
        double crowded = meanKeep(c, taste, 1, e -> reposters.getOrDefault(e.getKey(), Set.of()).size() >= 4);
        double single = meanKeep(c, taste, 1, e -> reposters.getOrDefault(e.getKey(), Set.of()).size() == 1);
        double pushed = meanKeep(c, taste, 1, e -> reposters.getOrDefault(e.getKey(), Set.of()).stream()
                .allMatch(a -> c.role(a) == Catalogue.ArtistRole.RING) && reposters.getOrDefault(e.getKey(), Set.of()).size() >= 3);
        double curated = meanKeep(c, taste, 1, e -> reposters.getOrDefault(e.getKey(), Set.of()).stream()
                .anyMatch(a -> c.role(a) == Catalogue.ArtistRole.CURATOR));
        assertTrue(crowded < single, "four or more reposters " + crowded + ", one " + single);
        assertTrue(pushed < 0.05 && curated > 0.45, "ring pushes " + pushed + ", curators' picks " + curated);
    }

    @Test
    void thePromoFloodListenerFollowsMostlyRings() {
        Catalogue c = catalogue(member("promo-flood"));
        long inRings = c.followings().stream().filter(a -> c.role(a.urn()) == Catalogue.ArtistRole.RING).count();
        assertEquals(20, inRings);
    }

    @Test
    void theTagDiggerKeepsVipsAndBootlegsOverRadioEditsAndLiveRecordings() {
        ListenerStory s = member("tag-digger");
        Catalogue c = catalogue(s);
        Taste taste = s.taste(c, 11);
        double vip = meanKeep(c, taste, 1, e -> Set.of(TitleTag.VIP, TitleTag.BOOTLEG).contains(c.truth(c.track(e.getKey()).orElseThrow()).tag()));
        double radio = meanKeep(c, taste, 1, e -> Set.of(TitleTag.RADIO_EDIT, TitleTag.LIVE).contains(c.truth(c.track(e.getKey()).orElseThrow()).tag()));
        assertTrue(vip > 2.5 * radio, vip + " vs " + radio);
    }

    @Test
    void theDrifterChangesTasteOverWeeksAndTheOthersDoNot() {
        for (ListenerStory s : ListenerZoo.ALL) {
            Catalogue c = catalogue(s);
            Taste taste = s.taste(c, 11);
            double moved = 0;
            for (Catalogue.Track t : c.tracks().subList(0, 400)) moved += Math.abs(taste.keepChance(t, List.of(), 1) - taste.keepChance(t, List.of(), 29));
            if (s.name().equals("drifter")) assertTrue(moved / 400 > 0.08, "drifter moved " + moved / 400);
            else assertEquals(0, moved, 1e-12, s.name());
        }
    }

    @Test
    void theLightJudgeJudgesLittleAndMostlyByLiking() {
        ListenerStory s = member("light-judge");
        Catalogue c = catalogue(s);
        String discovery = c.playlistByTitle(Catalogue.DISCOVERY).orElseThrow().urn();
        c.replacePlaylistTracks(discovery, List.copyOf(c.repostersByTrack().keySet()).subList(0, 300));
        SimulatedListener light = ListenerZoo.listener(s, c, 11, 300);
        int judged = 0;
        int liked = 0;
        for (SimulatedListener.Judged j : light.listen(1)) {
            if (j.verdict() != SimulatedListener.Verdict.UNJUDGED) judged++;
            if (j.verdict() == SimulatedListener.Verdict.LIKED) liked++;
        }
        assertTrue(judged < 300 * 0.3, "judged " + judged);
        assertTrue(liked > judged / 2, liked + " of " + judged);
        assertNotEquals(s.judging(), member("classic").judging());
    }

    @Test
    void theFriendsListenerKeepsWhatTheirFriendsLikeAndNotWhatTheyRepost() {
        ListenerStory s = member("friends");
        Catalogue c = catalogue(s);
        Taste taste = s.taste(c, 11);
        List<String> friends = FriendsListener.friends(c, 11);
        assertEquals(3, new HashSet<>(friends).size());
        Set<String> followed = new HashSet<>(c.followings().stream().map(Catalogue.User::urn).toList());
        assertTrue(followed.containsAll(friends), friends.toString());
        assertNotEquals(friends, FriendsListener.friends(c, 12));
        Map<String, Set<String>> likers = c.likersByTrack();
        Map<String, Set<String>> reposters = c.repostersByTrack();
        Predicate<Map.Entry<String, Set<String>>> friendLiked = e -> likers.getOrDefault(e.getKey(), Set.of()).stream().anyMatch(friends::contains);
        double liked = meanKeep(c, taste, 1, friendLiked);
        double others = meanKeep(c, taste, 1, friendLiked.negate());
        double friendReposted = meanKeep(c, taste, 1, friendLiked.negate()
                .and(e -> reposters.getOrDefault(e.getKey(), Set.of()).stream().anyMatch(friends::contains)));
        double strangerReposted = meanKeep(c, taste, 1, friendLiked.negate()
                .and(e -> reposters.getOrDefault(e.getKey(), Set.of()).stream().noneMatch(friends::contains)));
        assertTrue(liked > 0.55 && liked > 3 * others, "friends' likes " + liked + ", the rest " + others);
        assertEquals(strangerReposted, friendReposted, 0.06, "a friend's repost counts for nothing");
    }
}
