package org.musicminion.discover.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.musicminion.discover.Json;

class ResourceTest {
    @Test
    void readsATrackUrnFromTheLocation() {
        assertEquals(new Resource("track", 123, "soundcloud:tracks:123"),
                Resource.fromLocation("https://api.soundcloud.com/tracks/soundcloud:tracks:123"));
    }

    @Test
    void readsANumericTrackIdFromTheLocation() {
        assertEquals(new Resource("track", 456, "soundcloud:tracks:456"),
                Resource.fromLocation("https://api.soundcloud.com/tracks/456?secret_token=s-x"));
    }

    @Test
    void readsUsersAndPlaylistsFromTheLocation() {
        assertEquals(new Resource("user", 9, "soundcloud:users:9"), Resource.fromLocation("https://api.soundcloud.com/users/9"));
        assertEquals(new Resource("user", 9, "soundcloud:users:9"),
                Resource.fromLocation("/users/soundcloud%3Ausers%3A9"));
        assertEquals(new Resource("playlist", 5, "soundcloud:playlists:5"),
                Resource.fromLocation("https://api.soundcloud.com/playlists/soundcloud:playlists:5"));
    }

    @Test
    void aLocationThatNamesNoResourceGivesNothing() {
        assertNull(Resource.fromLocation("https://soundcloud.com/artist/track"));
        assertNull(Resource.fromLocation(null));
    }

    @Test
    void readsABodyByUrnOrByKindAndId() throws Exception {
        assertEquals(new Resource("track", 7, "soundcloud:tracks:7"),
                Resource.fromJson(Json.MAPPER.readTree("{\"urn\":\"soundcloud:tracks:7\",\"kind\":\"track\"}")));
        assertEquals(new Resource("user", 8, "soundcloud:users:8"),
                Resource.fromJson(Json.MAPPER.readTree("{\"kind\":\"user\",\"id\":8}")));
        assertNull(Resource.fromJson(Json.MAPPER.readTree("{\"kind\":\"comment\",\"id\":8}")));
    }
}
