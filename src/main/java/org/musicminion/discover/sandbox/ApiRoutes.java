package org.musicminion.discover.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import org.musicminion.discover.Json;

/**
 * The API routes of the contract's "SoundCloud API as used", answered from the {@link Catalogue}.
 * Lists page newest first with {@code linked_partitioning=true}, {@code limit} 1..200 (default 50,
 * larger values are clamped to 200) and an opaque {@code cursor} in {@code next_href}; without
 * linked_partitioning they answer the old shape, a bare JSON array of the first page.
 */
final class ApiRoutes {
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;
    static final int MAX_PLAYLIST_TRACKS = 500;

    /** A route: its pattern names it in the stats. */
    record Route(String method, String pattern, boolean needsUser, Handler handler) {
        String name() {
            return method + " " + pattern;
        }
    }

    @FunctionalInterface
    interface Handler {
        Reply handle(Request r) throws IOException;
    }

    private final Catalogue catalogue;
    private final Views views;
    private final String base;
    /** How many tracks a track's related list holds at most. */
    static final int RELATED = 50;

    private final List<Route> routes = new ArrayList<>();

    ApiRoutes(Catalogue catalogue, Views views, String base) {
        this.catalogue = catalogue;
        this.views = views;
        this.base = base;
        routes.add(new Route("GET", "/me", true, r -> Reply.json(200, g -> views.writeUserFull(g, catalogue.me(), true))));
        routes.add(new Route("GET", "/me/followings", true, this::followings));
        routes.add(new Route("DELETE", "/me/followings/{urn}", true, this::unfollow));
        routes.add(new Route("GET", "/me/likes/tracks", true, r -> trackList(r, catalogue.userLikeList())));
        routes.add(new Route("GET", "/me/playlists", true, this::myPlaylists));
        routes.add(new Route("GET", "/users/{urn}", false, this::user));
        routes.add(new Route("GET", "/users/{urn}/reposts/tracks", false, r -> artistList(r, true)));
        routes.add(new Route("GET", "/users/{urn}/likes/tracks", false, r -> artistList(r, false)));
        routes.add(new Route("GET", "/tracks/{urn}", false, this::track));
        routes.add(new Route("GET", "/tracks/{urn}/related", false, this::related));
        routes.add(new Route("GET", "/playlists/{urn}", false, this::playlist));
        routes.add(new Route("PUT", "/playlists/{urn}", true, this::putPlaylist));
        routes.add(new Route("POST", "/playlists", true, this::createPlaylist));
        routes.add(new Route("GET", "/playlists/{urn}/tracks", false, this::playlistTracks));
        routes.add(new Route("GET", "/resolve", false, this::resolve));
        routes.add(new Route("POST", "/likes/tracks/{urn}", true, this::likeTrack));
        routes.add(new Route("DELETE", "/likes/tracks/{urn}", true, this::unlikeTrack));
        FeedRoutes feed = new FeedRoutes(catalogue, views, base);
        routes.add(new Route("GET", "/me/feed/tracks", true, feed::feed));
        routes.add(new Route("GET", "/me/feed", true, feed::feed));
    }

    /** The matching route with the request's {urn} filled in, or empty. */
    Optional<Map.Entry<Route, Request>> match(Request r) {
        String[] segs = r.path().split("/", -1);
        for (Route route : routes) {
            if (!route.method().equals(r.method())) continue;
            String[] ps = route.pattern().split("/", -1);
            if (ps.length != segs.length) continue;
            String urn = null;
            boolean ok = true;
            for (int i = 0; i < ps.length && ok; i++) {
                if (ps[i].equals("{urn}")) {
                    urn = segs[i];
                    ok = !urn.isEmpty();
                } else {
                    ok = ps[i].equals(segs[i]);
                }
            }
            if (ok) return Optional.of(Map.entry(route, r.withUrn(urn)));
        }
        return Optional.empty();
    }

    /** True when some route has this path (for a 405 on a wrong method). */
    boolean knowsPath(Request r) {
        for (String m : List.of("GET", "PUT", "POST")) {
            Request other = new Request(m, r.path(), r.query(), r.authorization(), r.contentType(), r.body(), null);
            if (match(other).isPresent()) return true;
        }
        return false;
    }

    // ---- handlers ----

    private Reply unlikeTrack(Request r) {
        try {
            return catalogue.unlikeTrack(r.urn()) ? ok() : Reply.error(404, "not liked");
        } catch (IllegalArgumentException e) {
            return Reply.error(404, "track not found");
        }
    }

    private Reply likeTrack(Request r) {
        try {
            catalogue.likeTrack(r.urn());
            return ok();
        } catch (IllegalArgumentException e) {
            return Reply.error(404, "track not found");
        }
    }

    /** SoundCloud's answer to a like or an unlike: {@code {"status":"200 - OK"}}. */
    private static Reply ok() {
        return Reply.json(200, g -> {
            g.writeStartObject();
            g.writeStringField("status", "200 - OK");
            g.writeEndObject();
        });
    }

    private Reply followings(Request r) {
        Paging p = Paging.of(r);
        if (p.error != null) return p.error;
        int[] followed = catalogue.followedIndexes();
        int n = followed.length;
        int from = (int) Math.min(p.cursor < 0 ? 0 : p.cursor, n);
        int to = Math.min(n, from + p.limit);
        long next = to < n ? to : -1;
        return page(r, p, next, g -> {
            for (int i = from; i < to; i++) views.writeUser(g, catalogue.artistAt(followed[i]));
        });
    }

    /** {@code DELETE /me/followings/{urn}}: 200 when the listener followed the user, 404 when not. */
    private Reply unfollow(Request r) {
        if (!catalogue.unfollow(r.urn())) return Reply.error(404, "not following " + r.urn());
        return Reply.json(200, g -> {
            g.writeStartObject();
            g.writeStringField("status", "200 - OK");
            g.writeEndObject();
        });
    }

    private Reply myPlaylists(Request r) {
        Paging p = Paging.of(r);
        if (p.error != null) return p.error;
        boolean withTracks = !"false".equals(r.query().get("show_tracks"));
        int n = catalogue.playlistCount();
        int from = (int) Math.min(p.cursor < 0 ? 0 : p.cursor, n);
        int to = Math.min(n, from + p.limit);
        return page(r, p, to < n ? to : -1, g -> {
            for (int i = from; i < to; i++) views.writePlaylist(g, i, withTracks);
        });
    }

    private Reply user(Request r) {
        return catalogue.user(r.urn())
                .map(u -> Reply.json(200, g -> views.writeUserFull(g, u, u.id() == Catalogue.ME_ID)))
                .orElseGet(() -> Reply.error(404, "user not found"));
    }

    private Reply artistList(Request r, boolean reposts) {
        int a = catalogue.artistIndex(r.urn());
        if (a < 0) {
            // a user who exists but follows nothing here has empty lists; an unknown one is 404
            if (catalogue.user(r.urn()).isEmpty()) return Reply.error(404, "user not found");
            return trackList(r, new AppendList(new int[0]));
        }
        return trackList(r, reposts ? catalogue.repostList(a) : catalogue.likeList(a));
    }

    private Reply trackList(Request r, AppendList list) {
        Paging p = Paging.of(r);
        if (p.error != null) return p.error;
        AppendList.IntPage page = list.page(p.cursor, p.limit);
        return tracksPage(r, p, page.items(), page.next());
    }

    private Reply track(Request r) {
        int t = catalogue.trackIndexAny(r.urn());
        if (t < 0 || catalogue.trackAt(t).deleted()) return Reply.error(404, "track not found");
        return Reply.json(200, views.trackBytes(t));
    }

    /**
     * {@code GET /tracks/{urn}/related}, simulated: up to {@link #RELATED} live tracks of the seed's canonical genre in
     * an order drawn from the seed's id (the same seed, the same answer; quality plays no part), the seed left out;
     * paged by cursor like every list here.
     */
    private Reply related(Request r) {
        int seed = catalogue.trackIndexAny(r.urn());
        if (seed < 0 || catalogue.trackAt(seed).deleted()) return Reply.error(404, "track not found");
        Paging p = Paging.of(r);
        if (p.error != null) return p.error;
        Catalogue.Track s = catalogue.trackAt(seed);
        String genre = catalogue.truth(s).genre();
        List<int[]> same = new ArrayList<>(); // {order key, index}
        List<Catalogue.Track> all = catalogue.tracks();
        for (int i = 0; i < all.size(); i++) {
            Catalogue.Track t = all.get(i);
            if (i == seed || t.deleted() || !catalogue.truth(t).genre().equals(genre)) continue;
            same.add(new int[] {Long.hashCode((s.id() * 0x9E3779B97F4A7C15L) ^ (t.id() * 0xC2B2AE3D27D4EB4FL)), i});
        }
        same.sort(java.util.Comparator.comparingInt((int[] x) -> x[0]).thenComparingInt(x -> x[1]));
        int n = Math.min(RELATED, same.size());
        int from = (int) Math.min(p.cursor < 0 ? 0 : p.cursor, n);
        int to = Math.min(n, from + p.limit);
        int[] items = new int[to - from];
        for (int i = from; i < to; i++) items[i - from] = same.get(i)[1];
        return tracksPage(r, p, items, to < n ? to : -1);
    }

    private Reply playlist(Request r) {
        int p = catalogue.playlistIndex(r.urn());
        if (p < 0) return Reply.error(404, "playlist not found");
        boolean withTracks = !"false".equals(r.query().get("show_tracks"));
        return Reply.json(200, g -> views.writePlaylist(g, p, withTracks));
    }

    private Reply playlistTracks(Request r) {
        int pl = catalogue.playlistIndex(r.urn());
        if (pl < 0) return Reply.error(404, "playlist not found");
        Paging p = Paging.of(r);
        if (p.error != null) return p.error;
        int[] all = catalogue.playlistTracks(pl);
        int from = (int) Math.min(p.cursor < 0 ? 0 : p.cursor, all.length);
        int to = Math.min(all.length, from + p.limit);
        int[] items = java.util.Arrays.copyOfRange(all, from, to);
        return tracksPage(r, p, items, to < all.length ? to : -1);
    }

    /** {@code POST /playlists} with {@code {"playlist":{"title":...,"sharing":...}}}: 201 and the new, empty playlist. */
    private Reply createPlaylist(Request r) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(r.body());
        } catch (IOException e) {
            return Reply.error(400, "the body is not JSON");
        }
        JsonNode title = root == null || root.get("playlist") == null ? null : root.get("playlist").get("title");
        if (title == null || !title.isTextual() || title.asText().isBlank()) {
            return Reply.error(422, "expected {\"playlist\":{\"title\":...}}");
        }
        int p = catalogue.playlistIndex(catalogue.createPlaylist(title.asText()).urn());
        return Reply.json(201, g -> views.writePlaylist(g, p, false));
    }

    private Reply putPlaylist(Request r) {
        int pl = catalogue.playlistIndex(r.urn());
        if (pl < 0) return Reply.error(404, "playlist not found");
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(r.body());
        } catch (IOException e) {
            return Reply.error(400, "the body is not JSON");
        }
        JsonNode playlist = root == null ? null : root.get("playlist");
        if (playlist == null || !playlist.isObject()) return Reply.error(422, "expected {\"playlist\":{\"tracks\":[{\"urn\":...}]}}");
        JsonNode tracks = playlist.get("tracks");
        if (tracks != null) {
            if (!tracks.isArray()) return Reply.error(422, "playlist.tracks must be an array");
            if (tracks.size() > MAX_PLAYLIST_TRACKS) {
                return Reply.error(422, "a playlist holds at most " + MAX_PLAYLIST_TRACKS + " tracks (got " + tracks.size() + ")");
            }
            List<String> urns = new ArrayList<>(tracks.size());
            for (JsonNode t : tracks) {
                JsonNode urn = t.isObject() ? t.get("urn") : null;
                if (urn == null || !urn.isTextual()) {
                    return Reply.error(422, "each track must be {\"urn\":\"soundcloud:tracks:N\"}: urn strings, never numbers");
                }
                if (!urn.asText().matches("soundcloud:tracks:[0-9]+")) {
                    return Reply.error(422, "not a track urn: " + urn.asText());
                }
                urns.add(urn.asText());
            }
            catalogue.replacePlaylistTracks(catalogue.playlistAt(pl).urn(), urns);
        }
        return Reply.json(200, g -> views.writePlaylist(g, pl, true));
    }

    private Reply resolve(Request r) {
        String url = r.query().get("url");
        if (url == null || url.isBlank()) return Reply.error(400, "url is required");
        Optional<String> urn = catalogue.resolve(url);
        if (urn.isEmpty()) return Reply.error(404, "not found");
        String kind = urn.get().split(":")[1];
        return Reply.redirect(base + "/" + kind + "/" + urn.get());
    }

    // ---- paging ----

    /** limit, cursor and shape of a list request; {@code error} when they are invalid. */
    private record Paging(int limit, long cursor, boolean linked, Reply error) {
        static Paging of(Request r) {
            boolean linked = "true".equals(r.query().get("linked_partitioning")) || "1".equals(r.query().get("linked_partitioning"));
            int limit = requestedLimit(r);
            if (limit < 0) return new Paging(0, 0, linked, badLimit());
            long cursor = -1;
            String c = r.query().get("cursor");
            if (c != null) {
                cursor = decodeCursor(c);
                if (cursor < 0) return new Paging(0, 0, linked, Reply.error(400, "invalid cursor"));
            }
            return new Paging(limit, cursor, linked, null);
        }
    }

    /**
     * A list request's {@code limit}: {@link #DEFAULT_LIMIT} when absent, larger ones clamped to
     * {@link #MAX_LIMIT}, -1 when it is not a number or below 1 (answer {@link #badLimit()}).
     */
    static int requestedLimit(Request r) {
        String l = r.query().get("limit");
        if (l == null) return DEFAULT_LIMIT;
        int limit;
        try {
            limit = Integer.parseInt(l.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
        return limit < 1 ? -1 : Math.min(limit, MAX_LIMIT);
    }

    static Reply badLimit() {
        return Reply.error(400, "limit must be a number between 1 and " + MAX_LIMIT);
    }

    static String encodeCursor(long position) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("sbx1:" + position).getBytes(StandardCharsets.US_ASCII));
    }

    static long decodeCursor(String c) {
        try {
            String s = new String(Base64.getUrlDecoder().decode(c), StandardCharsets.US_ASCII);
            if (!s.startsWith("sbx1:")) return -1;
            long v = Long.parseLong(s.substring(5));
            return v >= 0 ? v : -1;
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    private String nextHref(Request r, Paging p, long next) {
        if (next < 0) return null;
        StringBuilder sb = new StringBuilder(base).append(r.path()).append('?');
        r.query().forEach((k, v) -> {
            if (!k.equals("cursor") && !k.equals("limit") && !k.equals("linked_partitioning")) {
                sb.append(enc(k)).append('=').append(enc(v)).append('&');
            }
        });
        return sb.append("linked_partitioning=true&limit=").append(p.limit).append("&cursor=").append(encodeCursor(next)).toString();
    }

    private Reply page(Request r, Paging p, long next, Views.Body items) {
        String href = nextHref(r, p, next);
        return Reply.json(200, g -> {
            if (p.linked) {
                g.writeStartObject();
                g.writeArrayFieldStart("collection");
            } else {
                g.writeStartArray();
            }
            items.write(g);
            g.writeEndArray();
            if (p.linked) {
                g.writeStringField("next_href", href);
                g.writeEndObject();
            }
        });
    }

    /** A page of tracks built from the cached JSON of each track. */
    private Reply tracksPage(Request r, Paging p, int[] items, long next) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(items.length * 900 + 200);
        out.writeBytes(p.linked ? "{\"collection\":[".getBytes(StandardCharsets.US_ASCII) : new byte[] {'['});
        for (int i = 0; i < items.length; i++) {
            if (i > 0) out.write(',');
            out.writeBytes(views.trackBytes(items[i]));
        }
        out.write(']');
        if (p.linked) {
            String href = nextHref(r, p, next);
            out.writeBytes((",\"next_href\":" + (href == null ? "null" : Reply.quote(href)) + "}").getBytes(StandardCharsets.UTF_8));
        }
        return Reply.json(200, out.toByteArray());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
