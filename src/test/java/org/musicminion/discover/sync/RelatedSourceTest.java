package org.musicminion.discover.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicminion.discover.Json;
import org.musicminion.discover.Messages;
import org.musicminion.discover.SourceKind;
import org.musicminion.discover.config.Settings;
import org.musicminion.discover.http.ApiClient;
import org.musicminion.discover.http.HttpClients;
import org.musicminion.discover.http.RetryPolicy;
import org.musicminion.discover.sandbox.Faults;
import org.musicminion.discover.sandbox.SandboxOptions;
import org.musicminion.discover.sandbox.SandboxServer;
import org.musicminion.discover.store.Database;
import org.musicminion.discover.store.RankingData;
import org.musicminion.discover.store.TrackQuery;
import org.musicminion.discover.testing.FixedToken;
import org.musicminion.discover.testing.ManualClock;
import org.musicminion.discover.testing.SandboxLogin;

/** The related source against the sandbox's {@code /tracks/{urn}/related}: off by default, its own share of the requests, each seed once. */
class RelatedSourceTest {
    static final String ROUTE = "GET /tracks/{urn}/related";

    @TempDir
    Path dir;
    ManualClock clock = new ManualClock(Instant.parse("2026-11-02T06:00:00Z"));
    SandboxServer sandbox;
    Database db;
    ApiClient api;

    @BeforeEach
    void start() throws Exception {
        sandbox = SandboxServer.start(SandboxOptions.builder().artists(5).perArtist(10).pool(400).seed(3).userLikes(12).clock(clock)
                .faults(Faults.NONE.withTokenLifetimeSeconds(86_400)).build());
        db = Database.openIn(dir);
        api = new ApiClient(HttpClients.create(Duration.ofSeconds(30)), sandbox.baseUrl(), RetryPolicy.builder().build(), clock, x -> {},
                Duration.ofSeconds(30), FixedToken.of(SandboxLogin.userTokens(sandbox).accessToken()), null);
    }

    @AfterEach
    void stop() {
        db.close();
        sandbox.close();
    }

    SyncSummary sync(Map<String, ?> config) {
        SyncOptions o = SyncOptions.builder(Settings.of(null, config)).build();
        return TestSyncs.of(db, api, o, clock, Messages.NONE).run();
    }

    @Test
    void offByDefaultItAsksNothingAndTheSummaryHasNoRelatedPart() throws Exception {
        SyncSummary s = sync(Map.of());
        assertNull(s.part(RelatedSource.Summary.class));
        assertFalse(Json.MAPPER.writeValueAsString(s).contains("\"related\""));
        assertEquals(0, sandbox.stats().count(ROUTE));
    }

    @Test
    void itAsksTheNewestLikesWithinItsShareAndEachSeedOnce() throws Exception {
        SyncSummary first = sync(Map.of("sync.related", true, "sync.related_max_requests", 5L));
        assertEquals(4, first.part(RelatedSource.Summary.class).seeds(), "the likes page + 4 seeds = its 5 requests");
        assertEquals(4, sandbox.stats().count(ROUTE));
        assertTrue(first.part(RelatedSource.Summary.class).links() > 0);
        assertEquals(first.part(RelatedSource.Summary.class).links(), (int) db.read(RelatedSourceTest::relatedLinks), "every new related link is in the index");
        int[] listed = {0};
        db.read(c -> new TrackQuery().source(SourceKind.RELATED).run(c, row -> ++listed[0] > 0));
        assertTrue(listed[0] > 0, "tracks --source related lists them");
        assertTrue(db.read(c -> RankingData.candidates(c, java.util.Set.of())).stream().anyMatch(t -> !t.links(SourceKind.RELATED).isEmpty()),
                "the ranking takes them as candidates, their seeds not being followed artists");

        clock.advance(Duration.ofHours(1));
        SyncSummary second = sync(Map.of("sync.related", true, "sync.related_max_requests", 5L));
        assertEquals(4, second.part(RelatedSource.Summary.class).seeds(), "the next four likes, not the same seeds again");
        assertEquals(8, sandbox.stats().count(ROUTE));
        assertTrue(Json.MAPPER.writeValueAsString(second).contains("\"related\":{\"seeds\":4,\"links\":"));
        assertEquals(8, (int) db.read(c -> single(c, "SELECT count(DISTINCT artist_urn) FROM track_sources WHERE kind = 'related'")),
                "eight different liked tracks were asked");
    }

    private static int relatedLinks(java.sql.Connection c) throws java.sql.SQLException {
        return single(c, "SELECT count(*) FROM track_sources WHERE kind = 'related'");
    }

    private static int single(java.sql.Connection c, String sql) throws java.sql.SQLException {
        try (var ps = c.prepareStatement(sql); var rs = ps.executeQuery()) {
            return rs.getInt(1);
        }
    }
}
