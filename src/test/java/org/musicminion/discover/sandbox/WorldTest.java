package org.musicminion.discover.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

/** The worlds the zoo's listeners live in: what the API shows of them, and the hidden truth behind it. */
class WorldTest {
    private static final CatalogueSpec SPEC = new CatalogueSpec(40, 60, 4000, 3, 0.05, 0);
    private static final Clock START = Clock.fixed(Instant.parse("2026-11-02T06:00:00Z"), ZoneOffset.UTC);

    private static Catalogue world(World w) {
        return Catalogue.generate(SPEC, FeedSpec.DEFAULT, w, START);
    }

    @Test
    void thePlainWorldHasCleanTitlesCanonicalGenresAndNoCuratorsOrRings() {
        Catalogue c = world(World.PLAIN);
        for (Catalogue.Track t : c.tracks()) {
            assertTrue(t.title().matches("[A-Z][a-z]+ [A-Z][a-z]+"), t.title());
            assertTrue(Catalogue.GENRES.contains(t.genre()), t.genre());
            assertEquals(t.genre(), c.truth(t).genre());
            assertEquals(TitleTag.ORIGINAL, c.truth(t).tag());
        }
        for (Catalogue.User a : c.followings()) assertEquals(Catalogue.ArtistRole.ORDINARY, c.role(a.urn()));
    }

    @Test
    void theSameSeedAndWorldGiveTheSameCatalogueAndDays() {
        Catalogue a = world(World.SOUNDCLOUD);
        Catalogue b = world(World.SOUNDCLOUD);
        assertEquals(a.tracks(), b.tracks());
        assertEquals(a.repostersByTrack(), b.repostersByTrack());
        WorldDays da = new WorldDays(a, 9, 0.5);
        WorldDays db = new WorldDays(b, 9, 0.5);
        for (int d = 0; d < 5; d++) {
            da.next();
            db.next();
        }
        assertEquals(a.repostersByTrack(), b.repostersByTrack());
        assertTrue(a.repostersByTrack().values().stream().mapToInt(Set::size).sum()
                > world(World.SOUNDCLOUD).repostersByTrack().values().stream().mapToInt(Set::size).sum() + 40);
    }

    @Test
    void genresAreFreeTextSpelledManyWaysAndTitlesCarryTags() {
        Catalogue c = world(World.SOUNDCLOUD);
        Set<String> dnb = new TreeSet<>();
        Map<TitleTag, Integer> tags = new java.util.EnumMap<>(TitleTag.class);
        int empty = 0;
        for (Catalogue.Track t : c.tracks()) {
            Catalogue.Truth truth = c.truth(t);
            if (truth.genre().equals("Drum & Bass")) dnb.add(t.genre());
            if (t.genre().isEmpty()) empty++;
            tags.merge(truth.tag(), 1, Integer::sum);
            String title = t.title().toLowerCase(java.util.Locale.ROOT);
            switch (truth.tag()) {
                case ORIGINAL -> assertFalse(title.contains("(") || title.contains(" - "), t.title());
                case REMIX -> assertTrue(title.contains("remix") || title.contains("rmx"), t.title());
                case RADIO_EDIT -> assertTrue(title.contains("radio edit") && t.durationMs() < 220_000, t.title());
                case VIP -> assertTrue(title.contains("vip"), t.title());
                case BOOTLEG -> assertTrue(title.contains("bootleg"), t.title());
                case LIVE -> assertTrue(title.contains("live"), t.title());
                case EDIT -> assertTrue(title.contains("edit"), t.title());
            }
        }
        assertTrue(dnb.containsAll(Set.of("Drum & Bass", "DnB", "Drum and Bass", "drum & bass")), dnb.toString());
        assertTrue(empty > c.tracks().size() / 20, "some genres are left empty: " + empty);
        assertEquals(TitleTag.values().length, tags.size(), tags.toString());
        double tagged = 1 - tags.get(TitleTag.ORIGINAL) / (double) c.tracks().size();
        assertEquals(0.35, tagged, 0.03);
    }

    @Test
    void curatorsRepostStrongTracksAndRingsAllRepostTheSameWeakOnes() {
        Catalogue c = world(World.SOUNDCLOUD);
        int curators = 0;
        for (Catalogue.User a : c.followings()) {
            double q = c.repostsOf(a.urn()).stream().mapToDouble(u -> c.truth(c.track(u).orElseThrow()).quality()).average().orElseThrow();
            switch (c.role(a.urn())) {
                case CURATOR -> { curators++; assertTrue(q > 1.0, "a curator's picks are strong: " + q); }
                case ORDINARY -> assertTrue(Math.abs(q) < 0.4, "an ordinary artist's picks are average: " + q);
                case RING -> { }
            }
        }
        assertEquals(8, curators);
        // the most reposted tracks are ring pushes, and weak: a high reposter count is evidence against a track
        Map<String, Set<String>> reposters = c.repostersByTrack();
        double crowded = reposters.entrySet().stream().filter(e -> e.getValue().size() >= 4)
                .mapToDouble(e -> c.truth(c.track(e.getKey()).orElseThrow()).quality()).average().orElseThrow();
        double single = reposters.entrySet().stream().filter(e -> e.getValue().size() == 1)
                .mapToDouble(e -> c.truth(c.track(e.getKey()).orElseThrow()).quality()).average().orElseThrow();
        assertTrue(crowded < single - 0.3, crowded + " vs " + single);
        int pushes = 0;
        for (Map.Entry<String, Set<String>> e : reposters.entrySet()) {
            Set<Integer> rings = new HashSet<>();
            for (String a : e.getValue()) rings.add(c.ring(a));
            if (e.getValue().size() < 3 || !Set.of(0).equals(rings) && !Set.of(1).equals(rings)) continue;
            pushes++; // reposted by three or more of one ring and nobody else: a promo upload, and weak
            assertTrue(c.truth(c.track(e.getKey()).orElseThrow()).quality() < 0, e.getKey());
        }
        assertTrue(pushes > 40, "pushes " + pushes);
    }

    @Test
    void theApiShowsTitlesGenresAndRepostsButNothingOfTheTruth() throws Exception {
        try (SandboxServer server = SandboxServer.start(SandboxOptions.builder().artists(12).perArtist(40).pool(800).seed(4)
                .world(World.SOUNDCLOUD).build())) {
            SandboxHttp http = new SandboxHttp(server);
            String token = http.login().get("access_token").asText();
            Catalogue c = server.catalogue();
            Catalogue.User artist = c.followings().get(0);
            var r = http.get("/users/" + artist.urn() + "/reposts/tracks?linked_partitioning=true&limit=200", token);
            assertEquals(200, r.statusCode(), r.body());
            JsonNode page = SandboxHttp.json(r);
            Set<String> fields = new TreeSet<>();
            for (JsonNode t : page.get("collection")) {
                Catalogue.Track truth = c.track(t.get("urn").asText()).orElseThrow();
                assertEquals(truth.title(), t.get("title").asText());
                assertEquals(truth.genre(), t.get("genre").asText());
                t.fieldNames().forEachRemaining(fields::add);
            }
            assertEquals(List.of("access", "artwork_url", "comment_count", "created_at", "description", "duration", "favoritings_count",
                    "genre", "id", "kind", "permalink", "permalink_url", "playback_count", "reposts_count", "sharing", "streamable",
                    "tag_list", "title", "uri", "urn", "user"), List.copyOf(fields));
        }
    }
}
