package org.musicminion.discover.testing;

import static org.musicminion.discover.testing.Responses.json;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.musicminion.discover.Json;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;

/**
 * A fake SoundCloud for sync tests (a MockWebServer dispatcher): followings, per-artist reposts and
 * likes, the user's likes and playlists, paged by {@code limit}/{@code offset} with absolute
 * next_href links; faults per path (404, a number of 429s, a repeated next_href, the old bare-array
 * shape, an empty page that still carries a next_href, next_hrefs that drop the paging parameters or
 * name another origin, empty pages mid-list, an item repeated across pages, an endless chain).
 * Records every request and PUT body.
 */
public final class SyncFakeSoundCloud extends Dispatcher {
    public final Map<Long, String> artists = new LinkedHashMap<>();            // followed: id -> username
    public final Map<Long, List<Long>> reposts = new HashMap<>();             // artist id -> track ids, newest first
    public final Map<Long, List<Long>> likes = new HashMap<>();
    public final List<Long> myLikes = new ArrayList<>();
    /** The listener's stream (/me/feed/tracks), newest first; items as the API sends them (see {@link #repostItem}). */
    public final List<JsonNode> feed = new CopyOnWriteArrayList<>();
    public final Map<String, List<Long>> playlists = new LinkedHashMap<>();   // title -> track ids
    public final Map<String, Integer> throttled = new ConcurrentHashMap<>();  // path -> 429s still to answer
    public final Set<String> notFound = ConcurrentHashMap.newKeySet();
    public final Set<String> repeatNextHref = ConcurrentHashMap.newKeySet();
    public final Set<String> bareArray = ConcurrentHashMap.newKeySet();
    public final Set<String> emptyPageWithNext = ConcurrentHashMap.newKeySet();
    /** next_href without linked_partitioning and limit; a request without linked_partitioning gets a bare array page. */
    public final Set<String> dropPagingParams = ConcurrentHashMap.newKeySet();
    /** path -> empty pages (each with a next_href) served between the first and the second page. */
    public final Map<String, Integer> emptyPagesAfterFirst = new ConcurrentHashMap<>();
    /** Each page after the first starts again with the previous page's last item. */
    public final Set<String> repeatLastItem = ConcurrentHashMap.newKeySet();
    /** Past the end, pages of made-up tracks (ids from 1 000 000) with a next_href, forever. */
    public final Set<String> endless = ConcurrentHashMap.newKeySet();
    /** When set, next_hrefs name this scheme, host and port instead of the server's own. */
    public volatile HttpUrl nextHrefOrigin;
    /** path -> the Location of a 302 answered instead of the list (e.g. on another host). */
    public final Map<String, String> redirects = new ConcurrentHashMap<>();
    public final List<String> requests = new CopyOnWriteArrayList<>();
    public final List<String> putBodies = new CopyOnWriteArrayList<>();
    public final Map<String, String> putPaths = new ConcurrentHashMap<>();
    public volatile long delayMillis;
    private final AtomicInteger count = new AtomicInteger();

    public SyncFakeSoundCloud artist(long id, String name) {
        artists.put(id, name);
        return this;
    }

    /** Three followed artists: alpha reposted tracks 10 and 11, beta 20, gamma liked 30 and 31 (lists that can grow). */
    public SyncFakeSoundCloud alphaBetaGamma() {
        artist(1, "alpha").artist(2, "beta").artist(3, "gamma");
        reposts.put(1L, new ArrayList<>(List.of(10L, 11L)));
        reposts.put(2L, new ArrayList<>(List.of(20L)));
        likes.put(3L, new ArrayList<>(List.of(30L, 31L)));
        return this;
    }

    public static String trackUrn(long id) {
        return "soundcloud:tracks:" + id;
    }

    public static String userUrn(long id) {
        return "soundcloud:users:" + id;
    }

    public int requestCount() {
        return count.get();
    }

    /**
     * Returns once the fake has been asked {@code n} requests (woken by each one, not polling); fails after a minute,
     * a guard against a run that never gets there, not a bound on how fast it should.
     */
    public synchronized void awaitRequests(int n) throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(1);
        while (count.get() < n) {
            long left = deadline - System.nanoTime();
            if (left <= 0) throw new AssertionError("the server saw only " + count.get() + " of " + n + " requests: " + requests);
            java.util.concurrent.TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    public long playlistId(String title) {
        return 9000 + new ArrayList<>(playlists.keySet()).indexOf(title);
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        synchronized (this) {
            count.incrementAndGet();
            notifyAll();
        }
        HttpUrl url = request.getUrl();
        String path = url.encodedPath();
        requests.add(request.getMethod() + " " + path + (url.encodedQuery() == null ? "" : "?" + url.encodedQuery()));
        if (delayMillis > 0) Thread.sleep(delayMillis);
        if (notFound.contains(path)) return json(404, "{\"code\":404,\"message\":\"Not Found\"}");
        String location = redirects.get(path);
        if (location != null) return new MockResponse.Builder().code(302).addHeader("Location", location).build();
        Integer left = throttled.computeIfPresent(path, (k, v) -> v - 1);
        if (left != null && left >= 0) {
            return new MockResponse.Builder().code(429).addHeader("Retry-After", "3").body("{\"code\":429,\"message\":\"slow down\"}").build();
        }
        if (request.getMethod().equals("PUT")) {
            putBodies.add(request.getBody() == null ? "" : request.getBody().utf8());
            putPaths.put(path, putBodies.get(putBodies.size() - 1));
            return json(200, "{}");
        }
        String p = java.net.URLDecoder.decode(path, java.nio.charset.StandardCharsets.UTF_8);
        if (p.equals("/me")) return json(200, user(42, "listener").toString());
        if (p.equals("/me/followings")) {
            List<JsonNode> users = new ArrayList<>();
            artists.forEach((id, name) -> users.add(user(id, name)));
            return page(url, path, users);
        }
        if (p.equals("/me/likes/tracks")) return page(url, path, tracks(myLikes));
        if (p.equals("/me/feed/tracks")) return page(url, path, new ArrayList<>(feed));
        if (p.equals("/me/playlists")) {
            List<JsonNode> items = new ArrayList<>();
            for (String title : playlists.keySet()) {
                ObjectNode pl = Json.MAPPER.createObjectNode();
                long id = playlistId(title);
                pl.put("kind", "playlist").put("id", id).put("urn", "soundcloud:playlists:" + id).put("title", title)
                        .put("track_count", playlists.get(title).size());
                items.add(pl);
            }
            return page(url, path, items);
        }
        if (p.startsWith("/playlists/") && p.endsWith("/tracks")) {
            String urn = p.substring("/playlists/".length(), p.length() - "/tracks".length());
            for (String title : playlists.keySet()) {
                if (urn.equals("soundcloud:playlists:" + playlistId(title))) return page(url, path, tracks(playlists.get(title)));
            }
            return json(404, "{\"code\":404}");
        }
        if (p.startsWith("/users/soundcloud:users:")) {
            String rest = p.substring("/users/soundcloud:users:".length());
            long id = Long.parseLong(rest.substring(0, rest.indexOf('/')));
            String list = rest.substring(rest.indexOf('/') + 1);
            Map<Long, List<Long>> source = list.equals("reposts/tracks") ? reposts : list.equals("likes/tracks") ? likes : null;
            if (source == null) return json(404, "{}");
            return page(url, path, tracks(source.getOrDefault(id, List.of())));
        }
        return json(404, "{\"code\":404}");
    }

    private MockResponse page(HttpUrl url, String path, List<JsonNode> all) {
        int limit = Integer.parseInt(orDefault(url.queryParameter("limit"), "50"));
        int offset = Integer.parseInt(orDefault(url.queryParameter("offset"), "0"));
        if (bareArray.contains(path) || (dropPagingParams.contains(path) && url.queryParameter("linked_partitioning") == null)) {
            ArrayNode arr = Json.MAPPER.createArrayNode();
            int from = bareArray.contains(path) ? 0 : offset;
            int to = bareArray.contains(path) ? all.size() : Math.min(all.size(), offset + limit);
            for (int i = from; i < to; i++) arr.add(all.get(i));
            return json(200, arr.toString());
        }
        if (endless.contains(path)) {
            all = new ArrayList<>(all);
            for (int i = all.size(); i < offset + limit; i++) all.add(track(1_000_000 + i));
        }
        ObjectNode body = Json.MAPPER.createObjectNode();
        ArrayNode coll = body.putArray("collection");
        int gap = Integer.parseInt(orDefault(url.queryParameter("gap"), "0"));
        int gaps = emptyPagesAfterFirst.getOrDefault(path, 0);
        if (gap > 0) { // one of the empty pages between the first and the second
            HttpUrl.Builder next = url.newBuilder();
            if (gap < gaps) next.setQueryParameter("gap", Integer.toString(gap + 1));
            else next.removeAllQueryParameters("gap").setQueryParameter("offset", Integer.toString(limit));
            body.put("next_href", href(next.build(), path));
            return json(200, body.toString());
        }
        boolean emptyTrick = emptyPageWithNext.contains(path) && offset >= all.size();
        int from = repeatLastItem.contains(path) && offset > 0 ? offset - 1 : offset;
        for (int i = from; i < Math.min(all.size(), offset + limit); i++) coll.add(all.get(i));
        int nextOffset = offset + limit;
        if (repeatNextHref.contains(path) && offset > 0) nextOffset = offset; // points back at itself
        if (nextOffset < all.size() || endless.contains(path) || emptyTrick
                || (emptyPageWithNext.contains(path) && nextOffset >= all.size())) {
            HttpUrl next = offset == 0 && gaps > 0 ? url.newBuilder().setQueryParameter("gap", "1").build()
                    : url.newBuilder().setQueryParameter("offset", Integer.toString(nextOffset)).build();
            body.put("next_href", href(next, path));
        } else {
            body.putNull("next_href");
        }
        return json(200, body.toString());
    }

    /** The next_href as this fake's faults shape it: another origin, or without the paging parameters. */
    private String href(HttpUrl next, String path) {
        HttpUrl.Builder b = next.newBuilder();
        if (dropPagingParams.contains(path)) b.removeAllQueryParameters("linked_partitioning").removeAllQueryParameters("limit");
        HttpUrl origin = nextHrefOrigin;
        if (origin != null) b.scheme(origin.scheme()).host(origin.host()).port(origin.port());
        return b.build().toString();
    }

    private static String orDefault(String s, String d) {
        return s == null ? d : s;
    }

    private List<JsonNode> tracks(List<Long> ids) {
        List<JsonNode> items = new ArrayList<>();
        for (long id : ids) items.add(track(id));
        return items;
    }

    /** The track every list answers for {@code id}: uploader = user 100000+id%7. */
    public static ObjectNode track(long id) {
        ObjectNode t = Json.MAPPER.createObjectNode();
        t.put("kind", "track").put("id", id).put("urn", trackUrn(id)).put("title", "Track " + id)
                .put("permalink_url", "https://soundcloud.com/u" + (id % 7) + "/track-" + id).put("duration", 180_000 + id);
        t.set("user", user(100_000 + id % 7, "uploader" + id % 7));
        return t;
    }

    /** A stream item: {@code reposter} (a user id) reposted track {@code track} at {@code createdAt} (SoundCloud's format). */
    public static ObjectNode repostItem(long track, long reposter, java.time.Instant createdAt) {
        ObjectNode i = Json.MAPPER.createObjectNode();
        i.put("type", "track:repost").put("created_at", scTime(createdAt)).set("origin", track(track));
        i.put("reposter", userUrn(reposter));
        return i;
    }

    /** A stream item: the track's uploader (user 100000 + track % 7, or {@code uploader} when given) posted it at {@code createdAt}. */
    public static ObjectNode uploadItem(long track, long uploader, java.time.Instant createdAt) {
        ObjectNode t = track(track);
        t.set("user", user(uploader, "artist" + uploader));
        ObjectNode i = Json.MAPPER.createObjectNode();
        i.put("type", "track").put("created_at", scTime(createdAt)).set("origin", t);
        return i;
    }

    public static String scTime(java.time.Instant t) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss '+0000'").withZone(java.time.ZoneOffset.UTC).format(t);
    }

    static ObjectNode user(long id, String name) {
        ObjectNode u = Json.MAPPER.createObjectNode();
        u.put("kind", "user").put("id", id).put("urn", userUrn(id)).put("username", name)
                .put("permalink_url", "https://soundcloud.com/" + name);
        return u;
    }

    /** Who reposted (kind "repost") or liked ("like") each track, over the followed artists: the truth a sync must match. */
    public Map<Long, Set<String>> truth(String kind) {
        Map<Long, Set<String>> by = new HashMap<>();
        Map<Long, List<Long>> source = kind.equals("repost") ? reposts : likes;
        for (Long artist : artists.keySet()) {
            for (long t : source.getOrDefault(artist, List.of())) by.computeIfAbsent(t, k -> new HashSet<>()).add(userUrn(artist));
        }
        return Collections.unmodifiableMap(by);
    }
}
