package org.musicminion.discover.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicminion.discover.store.Database;
import org.musicminion.discover.testing.DiscoveryIndex;
import org.musicminion.discover.testing.MusicMinionTierReader;
import org.musicminion.discover.testing.MusicMinionTierReader.Seeded;

/** {@code export artist-tiers} as Music Minion's seed_artists_from_csv reads it. */
class ArtistTiersExportTest {
    @TempDir
    Path dir;
    private Database db;
    private DiscoveryIndex index;
    private long nextTrack = 1000;

    @BeforeEach
    void open() {
        db = Database.openIn(dir);
        index = new DiscoveryIndex(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** {@code n} tracks reposted by {@code artist}, the first {@code liked} liked, then not_interested, not_quite, unjudged. */
    private void tracks(long artist, int liked, int notInterested, int notQuite, int unjudged) {
        int[] counts = {liked, notInterested, notQuite, unjudged};
        String[] values = {"liked", "not_interested", "not_quite", null};
        for (int k = 0; k < 4; k++) {
            for (int i = 0; i < counts[k]; i++) {
                long t = nextTrack++;
                index.track(t, 200, 1).source(t, artist, "repost", 1);
                if (values[k] != null) index.judge(t, values[k], t);
            }
        }
    }

    private Map<String, Seeded> bySlug(List<Seeded> seeded) {
        return seeded.stream().collect(Collectors.toMap(Seeded::slug, Function.identity()));
    }

    @Test
    void musicMinionsReaderAcceptsTheFileAndRanksTheArtistsAsWeDo() throws Exception {
        for (long a = 1; a <= 6; a++) index.artist(a, a != 6, 1);
        tracks(1, 9, 3, 0, 2);   // S: 9 of 12 kept
        tracks(2, 2, 3, 1, 0);   // B: about average, 1 not_quite
        tracks(3, 0, 0, 0, 4);   // unrated: no verdicts
        tracks(4, 0, 10, 0, 0);  // D: nothing kept of 10
        tracks(5, 3, 2, 0, 1);   // A: 3 of 5
        tracks(6, 0, 20, 0, 0);  // no longer followed: not in the file (its verdicts count toward the overall rate, 14/53)
        Path csv = dir.resolve("artist_tiers.csv");

        int n = new Export(db).artistTiers(csv, null);

        assertEquals(5, n);
        byte[] bytes = Files.readAllBytes(csv);
        assertFalse(bytes.length > 2 && (bytes[0] & 0xff) == 0xEF, "no byte-order mark");
        MusicMinionTierReader mm = new MusicMinionTierReader();
        List<Seeded> seeded = mm.read(csv);
        assertEquals(ArtistTiers.COLUMNS, mm.fieldnames);
        assertEquals(List.of("artist_slug", "tier", "total_tracks", "top_200_overlap", "liked", "not_interested", "not_quite",
                "unevaluated", "quality_score", "hit_rate", "not_quite_rate", "in_top_200"), mm.fieldnames);
        assertEquals(List.of(), mm.fallbacks, "every number reads without Python's fallback to 0");
        assertEquals(List.of("S", "A", "B", "D", ""), seeded.stream().map(Seeded::tier).toList());
        assertEquals(List.of("artist1", "artist5", "artist2", "artist4", "artist3"), seeded.stream().map(Seeded::slug).toList(),
                "Music Minion's ranking (tier, then hit_rate) is the file's order");
        assertEquals(List.of(1, 2, 3, 4, 5), seeded.stream().map(Seeded::ranking).toList());
        Map<String, Seeded> s = bySlug(seeded);
        assertEquals(new Seeded("artist1", "S", s.get("artist1").hitRate(), 1, 14, 9, 3, 1), s.get("artist1"));
        assertEquals("A", s.get("artist5").tier());
        assertEquals(4, s.get("artist2").tracksDismissed(), "not_interested + not_quite");
        assertEquals("D", s.get("artist4").tier());
        assertEquals(0, s.get("artist4").tracksLiked());
        assertEquals("", s.get("artist3").tier(), "no verdicts: unrated");
        assertEquals(0, s.get("artist3").inTop200(), "only rated artists are among the best 200");
        assertEquals(1, s.get("artist4").inTop200(), "fewer than 200 rated: all of them");
        assertTrue(s.get("artist1").hitRate() > s.get("artist5").hitRate() && s.get("artist5").hitRate() > s.get("artist4").hitRate());
        assertTrue(s.get("artist1").hitRate() > 50 && s.get("artist1").hitRate() <= 100, "a percentage: " + s.get("artist1").hitRate());
    }

    @Test
    void theLineForAnArtistHoldsEveryColumn() throws Exception {
        index.artist(1, true, 1);
        tracks(1, 2, 1, 1, 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Export(db).artistTiers(null, out);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        // smoothed toward the overall rate 2/4: (2 + 10·0.5) / (4 + 10) = 50 %; quality 50 · 4/14 = 14.3
        assertEquals(List.of(String.join(",", ArtistTiers.COLUMNS), "artist1,B,5,2,2,1,1,1,14.3,50.0,25.0,True"), lines);
    }

    @Test
    void aSlugWithACommaOrQuoteIsQuotedAsPythonsCsvExpects() throws Exception {
        index.artist(1, true, 1);
        db.write(c -> c.createStatement().executeUpdate(
                "UPDATE artists SET permalink_url = 'https://soundcloud.com/we,\"odd\"' WHERE id = 1"));
        tracks(1, 1, 0, 0, 0);
        Path csv = dir.resolve("t.csv");
        new Export(db).artistTiers(csv, null);
        MusicMinionTierReader mm = new MusicMinionTierReader();
        assertEquals("we,\"odd\"", mm.read(csv).get(0).slug());
        assertEquals(List.of(), mm.fallbacks);
    }
}
