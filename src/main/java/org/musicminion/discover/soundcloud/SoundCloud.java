package org.musicminion.discover.soundcloud;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.musicminion.discover.http.ApiClient;
import org.musicminion.discover.http.ApiResponse;
import org.musicminion.discover.http.CallOptions;
import org.musicminion.discover.http.Pages;

import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * The one typed client of the SoundCloud API: every path, paging ({@link Pages}), request body and
 * JSON → record mapping ({@link Items}) of the endpoints the tool uses lives here, so features speak
 * records. Each call goes through the {@link ApiClient} (token, retries, classification); lists are
 * read completely or the call fails. Thread-safe.
 */
public final class SoundCloud {
    /** The most tracks SoundCloud keeps in one playlist. */
    public static final int MAX_PLAYLIST_TRACKS = 500;

    private final ApiClient api;
    private final int pageSize;
    private final HttpUrl resolveEndpoint;

    /** @param pageSize items per page of every list ({@code sync.page_size}) */
    public SoundCloud(ApiClient api, int pageSize) {
        this.api = api;
        this.pageSize = pageSize;
        this.resolveEndpoint = api.url("/resolve");
    }

    /** A client for single requests (resolve): lists, if read, use the API's largest page. */
    public SoundCloud(ApiClient api) {
        this(api, 200);
    }

    /** HTTP requests sent so far (every attempt counts). */
    public long requestCount() {
        return api.requestCount();
    }

    /** Everyone the listener follows ({@code /me/followings}). */
    public List<User> followings() {
        List<User> users = new ArrayList<>();
        for (JsonNode u : Pages.of(api, "/me/followings", pageSize, Urn::keyOf).all()) {
            User a = Items.user(u);
            if (a != null) users.add(a);
        }
        return users;
    }

    /** The tracks {@code userUrn} reposted, newest first, page by page. */
    public TrackPages reposts(String userUrn) {
        return tracks("/users/" + userUrn + "/reposts/tracks");
    }

    /** The tracks {@code userUrn} liked, newest first, page by page. */
    public TrackPages likes(String userUrn) {
        return tracks("/users/" + userUrn + "/likes/tracks");
    }

    /**
     * The listener's stream ({@code GET /me/feed/tracks}: the followed users' reposts and uploads),
     * newest first, page by page, so the caller stops where its checkpoint is.
     */
    public FeedPages feed() {
        return new FeedPages(Pages.of(api, "/me/feed/tracks", pageSize, Urn::keyOf));
    }

    /** The tracks the listener liked. */
    public List<Track> myLikedTracks() {
        return myLikes().all();
    }

    /** The tracks the listener liked, newest first, page by page ({@code GET /me/likes/tracks}). */
    public TrackPages myLikes() {
        return tracks("/me/likes/tracks");
    }

    /**
     * SoundCloud's tracks related to {@code trackUrn} ({@code GET /tracks/{track_urn}/related}, the official spec's
     * Tracks list), {@code limit} a page.
     */
    public TrackPages related(String trackUrn, int limit) {
        return new TrackPages(Pages.of(api, "/tracks/" + trackUrn + "/related", limit, Urn::keyOf));
    }

    /** The listener's playlists (without their tracks). */
    public Playlists myPlaylists() {
        List<Playlist> all = new ArrayList<>();
        for (JsonNode p : Pages.of(api, "/me/playlists?show_tracks=false", pageSize, Urn::keyOf).all()) {
            Playlist pl = Items.playlist(p);
            if (pl != null) all.add(pl);
        }
        return new Playlists(all);
    }

    /** Every track of the playlist {@code playlistUrn}, in playlist order. */
    public List<Track> playlistTracks(String playlistUrn) {
        return tracks("/playlists/" + playlistUrn + "/tracks").all();
    }

    /**
     * Replaces the tracks of the playlist {@code playlistUrn} with {@code trackUrns} (the first
     * {@link #MAX_PLAYLIST_TRACKS}): {@code PUT /playlists/{urn}} with
     * {@code {"playlist":{"tracks":[{"urn":"soundcloud:tracks:1"},...]}}}. Returns how many it sent.
     */
    public int replacePlaylist(String playlistUrn, List<String> trackUrns) {
        List<Map<String, String>> tracks = new ArrayList<>();
        for (String urn : trackUrns.subList(0, Math.min(MAX_PLAYLIST_TRACKS, trackUrns.size()))) tracks.add(Map.of("urn", urn));
        api.putJson("/playlists/" + playlistUrn, Map.of("playlist", Map.of("tracks", tracks)));
        return tracks.size();
    }

    /**
     * Creates an empty private playlist titled {@code title} on the listener's account ({@code POST /playlists}
     * with {@code {"playlist":{"title":...,"sharing":"private"}}}, the official spec's shape); the new playlist.
     * Sent once more at most after a lost answer (not idempotent); throws {@link org.musicminion.discover.http.ApiException}.
     */
    public Playlist createPlaylist(String title) {
        byte[] body;
        try {
            body = org.musicminion.discover.Json.MAPPER.writeValueAsBytes(Map.of("playlist", Map.of("title", title, "sharing", "private")));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
        Request r = new Request.Builder().url(api.url("/playlists")).post(RequestBody.create(body, ApiClient.JSON)).build();
        JsonNode answer = api.execute(r, CallOptions.json(api.defaultTokens()).notIdempotent()).orThrow().json();
        Playlist created = answer == null ? null : Items.playlist(answer);
        return created != null ? created : new Playlist(null, title, 0);
    }

    /** {@code GET /me} without a token: the raw answer, never thrown (any HTTP status means the API is there). */
    public ApiResponse probe() {
        return api.execute(new Request.Builder().url(api.url("/me")).get().build(), CallOptions.json(null).withExpectJson(false));
    }

    /** The listener's own user ({@code GET /me}); throws {@link org.musicminion.discover.http.ApiException}. */
    public User me() {
        return Items.user(api.getJson("/me"));
    }

    /** Likes the track {@code trackUrn} for the listener ({@code POST /likes/tracks/{urn}}); the answer, never thrown. */
    public ApiResponse like(String trackUrn) {
        Request r = new Request.Builder().url(api.url("/likes/tracks/" + trackUrn)).post(RequestBody.create(new byte[0])).build();
        return api.execute(r, CallOptions.json(api.defaultTokens()).withExpectJson(false));
    }

    /**
     * Stops following the user {@code userUrn} for the listener ({@code DELETE /me/followings/{user_urn}}, official
     * spec); the answer, never thrown (404: not followed).
     */
    public ApiResponse unfollow(String userUrn) {
        Request r = new Request.Builder().url(api.url("/me/followings/" + userUrn)).delete().build();
        return api.execute(r, CallOptions.json(api.defaultTokens()).withExpectJson(false));
    }

    /**
     * Removes the listener's like of {@code trackUrn} ({@code DELETE /likes/tracks/{urn}}, in SoundCloud's
     * API spec); the answer, never thrown. A 404 means there was no like to remove.
     */
    public ApiResponse unlike(String trackUrn) {
        Request r = new Request.Builder().url(api.url("/likes/tracks/" + trackUrn)).delete().build();
        return api.execute(r, CallOptions.json(api.defaultTokens()).withExpectJson(false));
    }

    /**
     * {@code GET /resolve?url=...} with the caller's options (resolve turns redirects off and paces
     * attempts): the raw answer, never thrown, since a 302's Location is the answer.
     */
    public ApiResponse resolve(String url, CallOptions options) {
        HttpUrl target = resolveEndpoint.newBuilder().addQueryParameter("url", url).build();
        return api.execute(new Request.Builder().url(target).get().build(), options);
    }

    private TrackPages tracks(String path) {
        return new TrackPages(Pages.of(api, path, pageSize, Urn::keyOf));
    }
}
