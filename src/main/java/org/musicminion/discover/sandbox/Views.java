package org.musicminion.discover.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicReferenceArray;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import org.musicminion.discover.Json;

/**
 * Renders catalogue objects in the SoundCloud API's JSON shapes (Track, User, Playlist; the
 * {@code created_at} format is SoundCloud's {@code 2025/03/04 12:00:00 +0000}). Track JSON is
 * rendered once per track and cached, so a 200-item page is a concatenation of cached bytes.
 */
final class Views {
    static final DateTimeFormatter SC_TIME = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss '+0000'").withZone(ZoneOffset.UTC);
    private static final JsonFactory FACTORY = Json.MAPPER.getFactory();

    private final Catalogue catalogue;
    private final String base;
    private final AtomicReferenceArray<byte[]> trackCache;

    Views(Catalogue catalogue, String base) {
        this.catalogue = catalogue;
        this.base = base;
        this.trackCache = new AtomicReferenceArray<>(catalogue.tracks().size());
    }

    /** A writer of one JSON document into a byte buffer. */
    interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    static byte[] render(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    byte[] trackBytes(int index) {
        byte[] b = trackCache.get(index);
        if (b == null) {
            Catalogue.Track t = catalogue.trackAt(index);
            b = render(g -> writeTrack(g, t));
            trackCache.set(index, b);
        }
        return b;
    }

    void writeTrackRaw(JsonGenerator g, int index) throws IOException {
        g.writeRawValue(new String(trackBytes(index), java.nio.charset.StandardCharsets.UTF_8));
    }

    private void writeTrack(JsonGenerator g, Catalogue.Track t) throws IOException {
        long h = t.id() * 2654435761L;
        g.writeStartObject();
        g.writeStringField("kind", "track");
        g.writeNumberField("id", t.id());
        g.writeStringField("urn", t.urn());
        g.writeStringField("title", t.title());
        g.writeStringField("permalink", t.permalink());
        g.writeStringField("permalink_url", t.permalinkUrl());
        g.writeStringField("uri", base + "/tracks/" + t.urn());
        g.writeNumberField("duration", t.durationMs());
        g.writeStringField("created_at", time(t.createdAt()));
        g.writeStringField("genre", t.genre());
        g.writeStringField("tag_list", "");
        g.writeNullField("description");
        g.writeNullField("artwork_url");
        g.writeStringField("sharing", "public");
        g.writeBooleanField("streamable", true);
        g.writeStringField("access", "playable");
        g.writeNumberField("playback_count", Math.floorMod(h, 500_000));
        g.writeNumberField("favoritings_count", Math.floorMod(h >> 7, 20_000));
        g.writeNumberField("reposts_count", Math.floorMod(h >> 13, 2_000));
        g.writeNumberField("comment_count", 0);
        g.writeFieldName("user");
        writeUser(g, t.user());
        g.writeEndObject();
    }

    void writeUser(JsonGenerator g, Catalogue.User u) throws IOException {
        g.writeStartObject();
        writeUserFields(g, u);
        g.writeEndObject();
    }

    /** The fields every user object has, compact or full. */
    private void writeUserFields(JsonGenerator g, Catalogue.User u) throws IOException {
        g.writeStringField("kind", "user");
        g.writeNumberField("id", u.id());
        g.writeStringField("urn", u.urn());
        g.writeStringField("username", u.username());
        g.writeStringField("permalink", u.permalink());
        g.writeStringField("permalink_url", u.permalinkUrl());
        g.writeStringField("uri", base + "/users/" + u.urn());
        g.writeNullField("avatar_url");
    }

    /** The full user object of /me and /users/{urn}. */
    void writeUserFull(JsonGenerator g, Catalogue.User u, boolean isMe) throws IOException {
        g.writeStartObject();
        writeUserFields(g, u);
        g.writeStringField("full_name", "");
        g.writeNullField("city");
        g.writeNullField("country");
        g.writeStringField("created_at", "2015/06/01 12:00:00 +0000");
        g.writeNumberField("followers_count", Math.floorMod(u.id() * 7919, 90_000));
        g.writeNumberField("followings_count", isMe ? catalogue.artistCount() : Math.floorMod(u.id() * 104729, 900));
        if (isMe) {
            g.writeNumberField("public_favorites_count", catalogue.userLikeList().size());
            g.writeNumberField("playlist_count", catalogue.playlistCount());
            g.writeNumberField("private_playlists_count", 0);
            g.writeStringField("plan", "Free");
        }
        g.writeEndObject();
    }

    void writePlaylist(JsonGenerator g, int p, boolean withTracks) throws IOException {
        Catalogue.Playlist pl = catalogue.playlistAt(p);
        int[] tr = catalogue.playlistTracks(p);
        long duration = 0;
        for (int t : tr) duration += catalogue.trackAt(t).durationMs();
        g.writeStartObject();
        g.writeStringField("kind", "playlist");
        g.writeNumberField("id", pl.id());
        g.writeStringField("urn", pl.urn());
        g.writeStringField("title", pl.title());
        g.writeStringField("permalink", pl.permalink());
        g.writeStringField("permalink_url", pl.permalinkUrl());
        g.writeStringField("uri", base + "/playlists/" + pl.urn());
        g.writeStringField("tracks_uri", base + "/playlists/" + pl.urn() + "/tracks");
        g.writeStringField("sharing", "private");
        g.writeStringField("playlist_type", "PLAYLIST");
        g.writeStringField("created_at", "2024/01/01 12:00:00 +0000");
        g.writeNumberField("duration", duration);
        g.writeNumberField("track_count", tr.length);
        g.writeFieldName("user");
        writeUser(g, catalogue.me());
        if (withTracks) {
            g.writeArrayFieldStart("tracks");
            for (int t : tr) writeTrackRaw(g, t);
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    static String time(Instant t) {
        return SC_TIME.format(t);
    }
}
