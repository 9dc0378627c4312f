package org.musicminion.discover.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.musicminion.discover.Judgment;
import org.musicminion.discover.config.Settings;
import org.musicminion.discover.soundcloud.SoundCloud;
import org.musicminion.discover.store.Database;
import org.musicminion.discover.store.Judgments;
import org.musicminion.discover.store.PlayerSkips;
import org.musicminion.discover.testing.FakeAccount;
import org.musicminion.discover.testing.MusicMinionDb;
import org.musicminion.discover.testing.RecordingMessages;
import org.musicminion.discover.testing.SyncFakeSoundCloud;
import org.musicminion.discover.testing.SyncTestClients;

/** The player's verdicts flow in from Music Minion's database at every sync; the database is never written. */
class MusicMinionImportTest {
    @TempDir
    Path playerDir;
    @RegisterExtension
    final FakeAccount account = FakeAccount.create();
    private final SyncTestClients clients = new SyncTestClients();
    private final RecordingMessages messages = new RecordingMessages();
    private Database db;
    private Path playerFile;

    @BeforeEach
    void start() throws Exception {
        db = Database.openIn(account.data);
        account.fake.artist(1, "alpha");
        account.fake.reposts.put(1L, new ArrayList<>(List.of(10L, 11L, 12L, 13L, 14L, 15L)));
        account.fake.playlists.put("Not interested", new ArrayList<>()); // the judgment playlists exist (else sync warns of them)
        account.fake.playlists.put("Not quite", new ArrayList<>());
        playerFile = playerDir.resolve("music_minion.db");
    }

    @AfterEach
    void stop() {
        db.close();
    }

    private SyncSummary sync(Path player) {
        SyncOptions o = SyncOptions.builder(Settings.defaults()).all(true).playerDatabase(player).build();
        Clock clock = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);
        return TestSyncs.of(db, clients.client(account.server, clock), o, clock, messages).run();
    }

    private Judgments.Stored judgment(long id) {
        return db.read(c -> Judgments.get(c, SyncFakeSoundCloud.trackUrn(id)));
    }

    private Set<String> filesIn(Path d) throws Exception {
        try (Stream<Path> s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
    }

    @Test
    void aLikeAnArchiveAndADismissalBecomeVerdictsAndTheDatabaseStaysByteIdentical() throws Exception {
        try (MusicMinionDb mm = new MusicMinionDb(playerFile)) {
            mm.rate(mm.soundcloudTrack(10), "like", "2026-11-01 10:00:00");
            mm.rate(mm.soundcloudTrack(11), "archive", "2026-11-01 10:00:00");
            int skipped = mm.soundcloudTrack(12);
            mm.rate(skipped, "skip", "2026-11-02 10:00:00").rate(skipped, "skip", "2026-11-03 10:00:00");
            mm.rate(mm.soundcloudTrack(15), "love", "2026-11-01 10:00:00");
            mm.rate(mm.track("local", null), "like", "2026-11-01 10:00:00"); // a local file: not SoundCloud's
            mm.discovery(13, "dismissed").discovery(14, "liked").discovery(16, "unseen").discovery(17, "in_playlist");
        }
        String before = MusicMinionDb.sha256(playerFile);
        Set<String> filesBefore = filesIn(playerDir);

        SyncSummary s = sync(playerFile);

        assertEquals(before, MusicMinionDb.sha256(playerFile), "the player's database is byte-identical");
        // SQLite's read-only reader of a WAL database opens (creating when absent) the -shm index and an empty -wal,
        // as every reader does; nothing is written into the WAL, and no journal appears
        Set<String> beside = filesIn(playerDir);
        beside.removeAll(filesBefore);
        assertTrue(Set.of("music_minion.db-wal", "music_minion.db-shm").containsAll(beside), beside.toString());
        Path wal = playerDir.resolve("music_minion.db-wal");
        assertTrue(!Files.exists(wal) || Files.size(wal) == 0, "nothing written into the WAL");
        assertEquals(Judgment.LIKED, judgment(10).value());
        assertEquals(Judgments.Origin.MUSIC_MINION, judgment(10).origin());
        assertEquals(Judgment.NOT_INTERESTED, judgment(11).value());
        assertEquals(Judgment.NOT_INTERESTED, judgment(13).value());
        assertEquals(Judgments.Origin.MUSIC_MINION, judgment(13).origin());
        assertEquals(Judgment.LIKED, judgment(14).value());
        assertEquals(Judgment.LIKED, judgment(15).value());
        assertNull(judgment(12), "a skip is not a verdict");
        assertNull(judgment(16));
        assertNull(judgment(17));
        assertEquals(Map.of(SyncFakeSoundCloud.trackUrn(12), 2), db.read(PlayerSkips::countsByTrack), "skips kept apart");
        assertEquals(new PlayerCounts(3, 2, 0, 2, List.of()), s.judgments().musicMinion());
        assertEquals(List.of(), messages.warnings);

        SyncSummary again = sync(playerFile); // nothing new: no change, skips not counted twice
        assertEquals(new PlayerCounts(0, 0, 0, 0, List.of()), again.judgments().musicMinion());
        assertEquals(before, MusicMinionDb.sha256(playerFile));
    }

    @Test
    void theLatestRatingWinsAndTheListenersOwnVerdictsAndSoundCloudsLikesComeFirst() throws Exception {
        try (MusicMinionDb mm = new MusicMinionDb(playerFile)) {
            int t10 = mm.soundcloudTrack(10);
            mm.rate(t10, "like", "2026-11-01 10:00:00").rate(t10, "archive", "2026-11-05 10:00:00"); // archived later
            int t11 = mm.soundcloudTrack(11);
            mm.rate(t11, "archive", "2026-11-01 10:00:00").rate(t11, "love", "2026-11-04 10:00:00");
            mm.rate(mm.soundcloudTrack(12), "archive", "2026-11-01 10:00:00");
            mm.rate(mm.soundcloudTrack(14), "archive", "2026-11-01 10:00:00");
            mm.discovery(13, "dismissed");
        }
        db.write(c -> {
            Judgments.put(c, List.of(new Judgments.Stored(SyncFakeSoundCloud.trackUrn(12), Judgment.LIKED, Judgments.Origin.LOCAL, 1),
                    new Judgments.Stored(SyncFakeSoundCloud.trackUrn(13), Judgment.NOT_QUITE, Judgments.Origin.SOUNDCLOUD, 1)));
            return null;
        });
        account.fake.myLikes.add(14L); // liked on SoundCloud, archived in the player: liked > not_interested

        sync(playerFile);

        assertEquals(Judgment.NOT_INTERESTED, judgment(10).value());
        assertEquals(Judgment.LIKED, judgment(11).value());
        assertEquals(new Judgments.Stored(SyncFakeSoundCloud.trackUrn(12), Judgment.LIKED, Judgments.Origin.LOCAL, 1), judgment(12),
                "the listener's own judge verdict wins");
        assertEquals(Judgment.NOT_QUITE, judgment(13).value(), "a dismissal leaves not_quite as it is");
        assertEquals(Judgment.LIKED, judgment(14).value());
        assertEquals(Judgments.Origin.SOUNDCLOUD, judgment(14).origin());
    }

    @Test
    void aDatabaseWithoutTheNeededTablesOrColumnsIsOneWarningAndTheSyncGoesOn() throws Exception {
        try (MusicMinionDb mm = new MusicMinionDb(playerFile)) {
            mm.rate(mm.soundcloudTrack(10), "like", "2026-11-01 10:00:00");
            mm.discovery(13, "dismissed");
            mm.without("ratings").without("discovery_tracks.status");
        }
        String before = MusicMinionDb.sha256(playerFile);

        SyncSummary s = sync(playerFile);

        assertEquals(1, messages.warnings.size(), messages.warnings.toString());
        String w = messages.warnings.get(0);
        assertTrue(w.contains("table ratings") && w.contains("column discovery_tracks.status") && w.contains(playerFile.toString()), w);
        assertEquals(List.of("table ratings", "column discovery_tracks.status"), s.judgments().musicMinion().missing());
        assertEquals(6, s.tracksNew(), "the rest of the sync went on");
        assertNull(judgment(10));
        assertEquals(before, MusicMinionDb.sha256(playerFile));
    }

    @Test
    void aMissingDatabaseIsSilenceAndOffIsOff() {
        SyncSummary s = sync(playerDir.resolve("absent.db"));
        assertEquals(List.of(), messages.warnings);
        assertNull(s.judgments().musicMinion());
        assertEquals(6, s.tracksNew());
        assertNull(sync(null).judgments().musicMinion());
    }

    @Test
    void thePlayerWritingAtTheSameTimeNeitherBlocksTheSyncNorWaitsForIt() throws Exception {
        MusicMinionDb mm = new MusicMinionDb(playerFile);
        mm.rate(mm.soundcloudTrack(10), "like", "2026-11-01 10:00:00");
        try (Statement st = mm.connection().createStatement()) {
            mm.connection().setAutoCommit(false);
            st.execute("INSERT INTO discovery_tracks(soundcloud_id, status) VALUES ('11', 'liked')"); // the player mid-write
            SyncSummary s = sync(playerFile);
            assertEquals(1, s.judgments().musicMinion().liked(), "the committed like is read; the open write is not seen");
            st.execute("INSERT INTO discovery_tracks(soundcloud_id, status) VALUES ('12', 'dismissed')");
            mm.connection().commit(); // the player's write goes through: nothing of ours held a lock
            mm.connection().setAutoCommit(true);
            try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM discovery_tracks")) {
                assertEquals(2, rs.getInt(1));
            }
        }
        mm.close();
        sync(playerFile);
        assertEquals(Judgment.LIKED, judgment(11).value());
        assertEquals(Judgment.NOT_INTERESTED, judgment(12).value());
    }
}
