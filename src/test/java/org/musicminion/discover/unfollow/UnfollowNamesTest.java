package org.musicminion.discover.unfollow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicminion.discover.store.Database;

/** What the unfollow confirmation names: the index's username with the URN, else the input as given. */
class UnfollowNamesTest {
    @TempDir
    Path dir;

    @Test
    void aKnownArtistIsNamedByUsernameAndUrnAnythingElseAsGiven() {
        try (Database db = Database.openIn(dir)) {
            db.write(c -> {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO artists (urn, id, username, first_seen) VALUES (?, ?, ?, 0)")) {
                    ps.setString(1, "soundcloud:users:7");
                    ps.setLong(2, 7);
                    ps.setString(3, "dj seven");
                    ps.executeUpdate();
                }
                return null;
            });
            Unfollow unfollow = new Unfollow(db, null, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
            assertEquals(List.of("dj seven (soundcloud:users:7)", "dj seven (soundcloud:users:7)", "soundcloud:users:8", "someone"),
                    unfollow.names(List.of("7", "soundcloud:users:7", "soundcloud:users:8", "someone")));
        }
    }
}
