package org.musicminion.discover.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class CatalogueTest {
    static final CatalogueSpec SPEC = new CatalogueSpec(30, 200, 3000, 11, 0.05, 25);

    @Test
    void theSameSeedGivesTheSameCatalogue() {
        Catalogue a = Catalogue.generate(SPEC);
        Catalogue b = Catalogue.generate(SPEC);
        assertEquals(a.followings(), b.followings());
        assertEquals(a.tracks(), b.tracks());
        assertEquals(a.repostersByTrack(), b.repostersByTrack());
        assertEquals(a.likersByTrack(), b.likersByTrack());
        assertEquals(a.feed(), b.feed(), "the stream too: its items and their times");
        assertEquals(a.userLikes(), b.userLikes());
        assertEquals(a.playlists(), b.playlists());
        Catalogue c = Catalogue.generate(new CatalogueSpec(30, 200, 3000, 12, 0.05, 25));
        assertNotEquals(a.repostersByTrack(), c.repostersByTrack());
    }

    @Test
    void listsHaveTheAskedSizesWithoutDuplicates() {
        Catalogue c = Catalogue.generate(SPEC);
        for (Catalogue.User artist : c.followings()) {
            List<String> reposts = c.repostsOf(artist.urn());
            assertEquals(200, reposts.size());
            assertEquals(200, Set.copyOf(reposts).size());
            assertEquals(200, Set.copyOf(c.likesOf(artist.urn())).size());
        }
        assertEquals(25, c.userLikes().size());
        assertEquals(150, c.deletedTrackUrns().size());
    }

    @Test
    void someTracksArePopularWithSeveralReposters() {
        Map<String, Set<String>> by = Catalogue.generate(SPEC).repostersByTrack();
        int max = by.values().stream().mapToInt(Set::size).max().orElseThrow();
        long single = by.values().stream().filter(s -> s.size() == 1).count();
        assertTrue(max >= 10, "the most reposted track has " + max + " reposters");
        assertTrue(single > 100, "and many have one: " + single);
    }

    @Test
    void durationsIncludeShortTracksAndMixes() {
        List<Long> d = Catalogue.generate(SPEC).tracks().stream().map(Catalogue.Track::durationMs).collect(Collectors.toList());
        long shortOnes = d.stream().filter(x -> x < 120_000).count();
        long mixes = d.stream().filter(x -> x > 600_000).count();
        assertTrue(shortOnes > 150 && shortOnes < 450, "short " + shortOnes);
        assertTrue(mixes > 150 && mixes < 450, "mixes " + mixes);
    }

    @Test
    void theUsersPlaylistsStartWithTwoJudgmentListsAndAnEmptyDiscovery() {
        Catalogue c = Catalogue.generate(SPEC);
        assertEquals(3, c.playlistByTitle(Catalogue.NOT_INTERESTED).orElseThrow().trackUrns().size());
        assertEquals(3, c.playlistByTitle(Catalogue.NOT_QUITE).orElseThrow().trackUrns().size());
        assertTrue(c.playlistByTitle(Catalogue.DISCOVERY).orElseThrow().trackUrns().isEmpty());
    }

    @Test
    void permalinkUrlsResolveAndDeletedOnesDoNot() {
        Catalogue c = Catalogue.generate(SPEC);
        for (String url : c.livePermalinkUrls().subList(0, 50)) assertTrue(c.resolve(url).isPresent(), url);
        for (String url : c.deletedPermalinkUrls()) assertTrue(c.resolve(url).isEmpty(), url);
        assertEquals(Set.copyOf(c.livePermalinkUrls()).size(), c.livePermalinkUrls().size(), "permalinks are unique");
        assertTrue(c.resolve("https://example.com/" + c.livePermalinkUrls().get(0).substring(23)).isEmpty());
    }

    @Test
    void mutatorsChangeTheTruthAndRefuseDeletedTracks() {
        Catalogue c = Catalogue.generate(SPEC);
        String artist = c.followings().get(0).urn();
        String deleted = c.deletedTrackUrns().iterator().next();
        assertThrows(IllegalArgumentException.class, () -> c.addRepost(artist, deleted));
        String fresh = c.tracks().stream().filter(t -> !t.deleted() && !c.likesOf(artist).contains(t.urn())).findFirst().orElseThrow().urn();
        assertTrue(c.addLike(artist, fresh));
        assertEquals(fresh, c.likesOf(artist).get(0));
        assertTrue(c.likeTrack(fresh));
        assertEquals(fresh, c.userLikes().get(0));
        String discovery = c.playlistByTitle(Catalogue.DISCOVERY).orElseThrow().urn();
        assertTrue(c.addToPlaylist(discovery, fresh));
        assertFalse(c.addToPlaylist(discovery, fresh));
        assertTrue(c.removeFromPlaylist(discovery, fresh));
        assertTrue(c.playlist(discovery).orElseThrow().trackUrns().isEmpty());
    }

    @Test
    void theBenchmarkCatalogueBuildsEveryArtistsFullLists() {
        long t0 = System.nanoTime();
        Catalogue c = Catalogue.generate(new CatalogueSpec(200, 1000, 50_000, 1, 0.05, 25));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(1000, c.repostsOf(c.followings().get(199).urn()).size());
        System.out.println("CatalogueTest: 200 artists x 1000 reposts + 1000 likes over 50 000 tracks built in " + ms + " ms");
    }
}
